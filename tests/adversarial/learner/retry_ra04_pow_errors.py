import asyncio


async def main():
    await asyncio.sleep(0)
    for i in range(5):
        try:
            if i == 0:
                print(0 ** -1)
            elif i == 1:
                print(0.0 ** -1)
            elif i == 2:
                print(10.0 ** 400)
            elif i == 3:
                print(2.0 ** 1100)
            else:
                print(1e308 * 10.0 ** 2)
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
