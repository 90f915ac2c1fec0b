import asyncio


async def boom(kind):
    if kind == 0:
        raise ValueError()
    if kind == 1:
        raise ValueError("one")
    if kind == 2:
        raise ValueError("two", 2)
    if kind == 3:
        raise KeyError("k")
    if kind == 4:
        return {}["missing"]
    if kind == 5:
        return 1 / 0
    if kind == 6:
        return [][3]
    if kind == 7:
        raise RuntimeError("x" * 80)
    if kind == 8:
        raise ValueError([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    if kind == 9:
        raise asyncio.TimeoutError()
    if kind == 10:
        return int("abc")
    raise TypeError(ValueError("inner"))


async def main():
    for k in range(12):
        t = asyncio.create_task(boom(k))
        try:
            await t
        except Exception as e:
            print(k, type(e).__name__, repr(e), str(e))
        print(repr(t).split(' exception=')[1])
        print(t.exception() is not None, repr(t.exception()) + ">" == repr(t).split(' exception=')[1])


asyncio.run(main())
