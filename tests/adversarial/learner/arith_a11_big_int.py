import asyncio


async def main():
    await asyncio.sleep(0)
    print(2 ** 64, 10 ** 30 // 7, -10 ** 30 % 7, 3 ** 40, int(1e20), float(2 ** 64), 2 ** 63 * 2 ** 63)
    print(10 ** 30 / 3, int(1e23), int(-1e23), 2 ** 200 // 3 ** 50, -(2 ** 100) // 3, (2 ** 100) % -3)
    print(f"{2 ** 70:,}", f"{-10 ** 25:x}", f"{10 ** 20:.2e}", f"{2 ** 64:e}", round(2 ** 70, -10), round(10 ** 30 + 5 * 10 ** 9, -10))
    for i in range(2):
        try:
            if i == 0:
                print(10 ** 400 / 1)
            else:
                print(float(10 ** 400))
        except OverflowError as e:
            print("OverflowError", e)


asyncio.run(main())
