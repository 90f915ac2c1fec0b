# anext(): the next item of an async iterator, awaited by hand, from an
# async generator or a class with __anext__, and CPython's errors.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i
    print("ticker done")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    gen = ticker(2)
    print(await anext(gen))
    print(await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    c = Countdown(2)
    print(await anext(c), await anext(c))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("countdown over")
    for bad in [5, [1]]:
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
