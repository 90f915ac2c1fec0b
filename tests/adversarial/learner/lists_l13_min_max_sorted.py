import asyncio


async def items(n):
    await asyncio.sleep(0)
    return list(range(n))


async def main():
    e, one = await asyncio.gather(items(0), items(1))
    words = ["bb", "a", "cc", "d", "eee", "fff"]
    print(min(words, key=len), max(words, key=len), min(e, default=None), max(e, default="none"))
    print(min(3, 1, 2), max("a", "B"), min([[1, 2], [1]]), max([-3, 2, 3], key=abs), min([-3, 2, 3], key=abs))
    print(max(one, default=7), max(1, 2.0), max(2.0, 2), min(0, False), max(True, 1), max([1, 1.0]))
    for i in range(3):
        try:
            if i == 0:
                print(min(e))
            elif i == 1:
                print(max([]))
            else:
                print(max(1, "a"))
        except (ValueError, TypeError) as ex:
            print(type(ex).__name__, ex)


asyncio.run(main())
