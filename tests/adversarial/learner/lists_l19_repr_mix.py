import asyncio


async def main():
    await asyncio.sleep(0)
    a = [1.0, -0.0, "a", "it's", None, True, [], {}, (1,), (), 1e16, 0.1, "\n", 'q"', 10 ** 18]
    print(a)
    print(str(a) == repr(a), len(a), tuple(a[:4]), [a[2:4]], [(), [()]])
    print([("x", 1)], {"k": ("v",)}, [{"a": [None]}])


asyncio.run(main())
