import asyncio


async def main():
    print(repr(ValueError), str(ValueError), ValueError)
    print(repr(asyncio.CancelledError), asyncio.TimeoutError, TimeoutError)
    print(str(asyncio.CancelledError()), "|", repr(asyncio.CancelledError()))
    print(repr(asyncio.CancelledError('x')), str(asyncio.CancelledError('x')))
    print(repr(asyncio.TimeoutError()), repr(asyncio.TimeoutError("late")))
    for e in [ValueError(), ValueError(1), ValueError(1, "a"), ValueError("a", "b", "c"),
              KeyError(), KeyError("k"), KeyError(1, 2), KeyError(""),
              IndexError("list index out of range"), ZeroDivisionError("division by zero"),
              RuntimeError(None), Exception([1, 2]), TypeError(("t",)),
              ValueError(KeyError("inner")), Exception('it\'s "q"'),
              NameError("name 'x' is not defined"), AttributeError("a"), Exception()]:
        print(repr(e), "|", str(e), "|", e.args, "|", type(e))
    print([ValueError(1), KeyError("x")])
    print((ValueError(),))
    print({"e": TypeError("t")})


asyncio.run(main())
