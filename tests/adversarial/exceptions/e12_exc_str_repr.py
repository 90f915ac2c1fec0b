import asyncio


async def main():
    for e in [ValueError(), ValueError("x"), ValueError("x", 2), ValueError(5), Exception(None), Exception(("a",)), RuntimeError([1]), ValueError("")]:
        print(repr(str(e)), repr(e), e.args)
    for e in [KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(5), KeyError((1, 2)), KeyError(""), KeyError(None)]:
        print(repr(str(e)), repr(e), e.args)
    d = {}
    try:
        d[(1, 2)]
    except KeyError as e:
        print(e, repr(e), e.args)
    try:
        d["it's"]
    except KeyError as e:
        print(e, repr(e))
    print(repr(asyncio.CancelledError()), repr(asyncio.TimeoutError()), str(asyncio.CancelledError("m")))
    print(repr(ZeroDivisionError("division by zero")), IndexError(1, "two"), TypeError("a\nb"))


asyncio.run(main())
