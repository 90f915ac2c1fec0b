import asyncio


async def main():
    d = {"a": 1}
    await asyncio.sleep(0)
    d.update({"b": 2, "a": 10})
    print(d)
    d.update([("c", 3), ("b", 20)])
    print(d)
    d.update([["e", 5]])
    d.update((("f", 6),))
    d.update({})
    d.update(["xy"])
    print(d)
    d.update(g=7, a=0)
    print(d)
    try:
        d.update([1, 2])
    except TypeError as e:
        print("TypeError", e)
    try:
        d.update(["abc"])
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
