# A generator's step, a key= function and the program's __repr__ run inside
# their caller's exception state, as CPython chains a generator's frame to
# its caller's: a bare `raise` there re-raises what the caller handles, and
# what they raise has it as __context__ unless they handle one of their own.
# What leaves them keeps the context it got where it was raised.
import asyncio

def gen():
    try:
        yield 1
        raise KeyError("in gen")
    except KeyError as e:
        print("gen caught", repr(e), "context", repr(e.__context__))
    yield 2
    raise

def key(x):
    try:
        raise ValueError("in key")
    except ValueError as e:
        print("key ctx", repr(e.__context__))
    return x

async def main():
    g = gen()
    try:
        raise TypeError("outer")
    except TypeError:
        print(next(g))
        print(next(g))
        print(sorted([2, 1], key=key))
        try:
            next(g)
        except TypeError as e:
            print("reraised", repr(e))
    try:
        raise IndexError("i")
    except IndexError:
        g2 = gen()
        next(g2)
    try:
        next(g2)
    except Exception as e:
        print("x", repr(e), repr(e.__context__))

asyncio.run(main())
