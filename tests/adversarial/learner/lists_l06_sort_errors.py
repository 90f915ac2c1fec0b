import asyncio


async def main():
    await asyncio.sleep(0)
    for items in [[1, "a"], ["a", 1], [1, None], [[1], (1,)], [{"a": 1}, {"b": 2}]]:
        try:
            items.sort()
            print(items)
        except TypeError as e:
            print("TypeError", e)
    try:
        print(sorted([3, 1], key=len))
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
