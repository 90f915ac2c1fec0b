# An exception raised and handled inside a generator keeps that context
# when it leaves into a caller handling another.
import asyncio

def gen():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    yield

def bare():
    raise
    yield

class R:
    def __repr__(self):
        raise IndexError("in repr")

async def main():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            next(gen())
        except ValueError as e:
            print("ctx", repr(e.__context__), repr(e.__context__.__context__))
        try:
            next(bare())
        except TypeError as e:
            print("bare", repr(e))
        try:
            repr(R())
        except IndexError as e:
            print("repr ctx", repr(e.__context__))
    try:
        next(bare())
    except RuntimeError as e:
        print("none", repr(e), repr(e.__context__))

asyncio.run(main())
