# `aiter()`: the async iterator an object's `__aiter__` returns, and
# CPython's TypeErrors for what is not an async iterable.
import asyncio


class Pages:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return PageIter(self.n)


class PageIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.01)
        return f"page {self.i}"


class Broken:
    def __aiter__(self):
        return 5


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    it = aiter(Pages(3))
    print(type(it).__name__, await anext(it), await anext(it))
    async for p in aiter(it):
        print("rest:", p)
    gen = numbers(3)
    print(aiter(gen) is gen, [x async for x in aiter(gen)])
    for bad in (lambda: aiter(3), lambda: aiter(Broken()), lambda: aiter(), lambda: aiter(1, 2), lambda: aiter(x=1), lambda: aiter([1])):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
