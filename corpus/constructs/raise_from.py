# `raise ... from`: the cause is kept as __cause__, the report says "The
# above exception was the direct cause...", and `from None` hides the
# exception being handled.
import asyncio


async def fetch(n):
    await asyncio.sleep(n / 10)
    try:
        return 10 // (n - 1)
    except ZeroDivisionError as e:
        raise ValueError(f"fetch {n} failed") from e


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as c:
        raise RuntimeError("cancelled while slow") from c


async def main():
    results = await asyncio.gather(fetch(0), fetch(1), fetch(2), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print(repr(r), "from", repr(r.__cause__), r.__suppress_context__)
        else:
            print(r)
    try:
        try:
            {}["k"]
        except KeyError:
            raise LookupError("no k") from None
    except LookupError as e:
        print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("main got", repr(e), type(e.__cause__).__name__)
    try:
        raise KeyError("a") from ValueError
    except KeyError as k:
        print(repr(k), repr(k.__cause__))
    try:
        raise KeyError("b") from 5
    except TypeError as t:
        print(repr(t))
    try:
        try:
            raise KeyError("first")
        except KeyError as k:
            raise IndexError("second") from k
    except IndexError:
        print("handling the second")
        await fetch(1)


asyncio.run(main())
