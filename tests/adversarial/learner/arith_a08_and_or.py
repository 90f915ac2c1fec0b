import asyncio


async def val(v):
    await asyncio.sleep(0)
    return v


async def main():
    zero, empty, none, lst = await asyncio.gather(val(0), val(""), val(None), val([]))
    print(zero or "x", empty or lst, 1 and 2, none and 1, lst and 0, "a" or 1 / 0, zero and 1 / 0)
    print(not lst, not 0.0, not "0", none is None, none is not None, zero or none, repr(empty and "x"))
    print(0 or 0.0 or "" or [], 1 and "a" and [0], (None or {}) == {}, [] or [] is not None, -0.0 or "neg")
    r = zero or empty or none
    print(r, r is None, bool(r), [zero, lst] or 5, (0, 0) and "t")


asyncio.run(main())
