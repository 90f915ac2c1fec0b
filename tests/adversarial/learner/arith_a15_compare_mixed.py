import asyncio


async def main():
    await asyncio.sleep(0)
    print(1 == 1.0, 0.1 + 0.2 == 0.3, 1 < 1.5, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 16 + 1 > 1e16)
    print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 0 == -0.0, None == 0, [] == False, "1" == 1)
    print(2 ** 63 - 1 == float(2 ** 63 - 1), 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
    for i in range(3):
        try:
            if i == 0:
                print(1 < "a")
            elif i == 1:
                print(None < None)
            else:
                print([] > 0)
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())
