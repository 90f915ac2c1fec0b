# `async for` over what is no async iterator, and an async generator awaited
# past its end: CPython's TypeErrors, RuntimeError and StopAsyncIteration.
import asyncio
class A:
    def __aiter__(self): return 3
class B:
    def __aiter__(self): return self
    def __anext__(self): return 5
class C:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def g():
    yield 1
async def main():
    for x in [1, A(), B(), C(), g()]:
        try:
            async for y in x:
                print(y)
        except TypeError as e:
            print(e)
    a = g()
    print(type(a).__name__, type(a.__anext__()).__name__)
    n = a.__anext__()
    print(await n)
    try:
        await n
    except RuntimeError as e: print("RE", e)
    try:
        await a.__anext__()
    except StopAsyncIteration as e: print("SAI", repr(e))
    try:
        await a.__anext__()
    except StopAsyncIteration as e: print("SAI", repr(e))
asyncio.run(main())
