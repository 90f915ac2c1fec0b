import asyncio


async def main():
    a = list(range(6))
    await asyncio.sleep(0)
    a[1:3] = ["x"]
    print(a)
    a[:0] = [9, 9]
    print(a)
    a[::2] = ["e", "e", "e", "e"]
    print(a)
    a[-2:] = []
    print(a)
    a[10:] = [7]
    print(a)
    a[1:2] = "hi"
    print(a)
    try:
        a[::2] = [1, 2]
    except ValueError as e:
        print("ValueError", e)
    print(a)


asyncio.run(main())
