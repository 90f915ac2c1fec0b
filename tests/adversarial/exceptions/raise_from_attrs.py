import asyncio

async def work():
    await asyncio.sleep(0)
    raise ValueError("inner")

async def main():
    try:
        try:
            await work()
        except ValueError as e:
            raise RuntimeError("outer") from e
    except RuntimeError as r:
        print(repr(r), repr(r.__cause__), repr(r.__context__), r.__suppress_context__)
    try:
        try:
            await work()
        except ValueError:
            raise RuntimeError("hidden") from None
    except RuntimeError as r:
        print(repr(r), repr(r.__cause__), repr(r.__context__), r.__suppress_context__)
    try:
        raise KeyError("a") from ValueError
    except KeyError as k:
        print(repr(k), repr(k.__cause__), k.__context__, k.__suppress_context__)
    try:
        raise KeyError("b") from 5
    except TypeError as t:
        print(repr(t), t.__cause__, t.__context__)
    try:
        raise 5 from None
    except TypeError as t:
        print(repr(t))

asyncio.run(main())
