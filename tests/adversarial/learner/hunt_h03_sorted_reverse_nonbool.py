import asyncio


async def main():
    await asyncio.sleep(0)
    for rev in [None, "x", 1.0, [], 2, 0]:
        try:
            print(sorted([1, 3, 2], reverse=rev))
        except TypeError as e:
            print("TypeError", e)
    a = [2, 1]
    try:
        a.sort(reverse=None)
        print(a)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
