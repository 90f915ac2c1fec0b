import asyncio


async def main():
    await asyncio.sleep(0)
    print([1] + [2], [0] * 3, [1, 2] * 0, [1] * -2, [] * 5, 2 * [7], (1, 2) * 2, (1,) + (2,))
    m = [[0] * 2] * 2
    m[0][0] = 1
    print(m)
    n = [[0] * 2 for _ in range(2)]
    n[0][0] = 1
    print(n)
    for i in range(3):
        try:
            if i == 0:
                print([1] + (2,))
            elif i == 1:
                print([1] * 1.5)
            else:
                print([1] + "ab")
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())
