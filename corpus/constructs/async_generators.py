# Async generators (`yield` in an `async def`) and `async for`: items
# interleaving between tasks as each generator awaits, `continue`, tuple
# targets, nested loops, `return` and `break` out of a class's iterator, `finally` blocks run as a
# generator ends, a generator method, a class-based async iterator, and
# what a generator raises reaching its loop.
import asyncio


async def ticker(name, n, delay):
    for i in range(n):
        yield f"{name}{i}"
        await asyncio.sleep(delay)
    print(name, "done")


async def countdown(n):
    try:
        while n > 0:
            sent = yield n
            print("resumed with", sent)
            n -= 1
    finally:
        print("countdown cleanup")


async def pairs():
    yield 1, "one"
    yield 2, "two"


async def failing():
    yield "first"
    raise ValueError("generator failed")


async def stops_itself():
    yield 1
    raise StopAsyncIteration


async def consume(name, n, delay):
    got = []
    async for item in ticker(name, n, delay):
        print("got", item)
        got.append(item)
    return got


async def last_small(limit):
    found = None
    async for n in countdown(3):
        if n < limit:
            found = n
    return found


class Stream:
    def __init__(self, items):
        self.items = items

    async def each(self):
        for item in self.items:
            await asyncio.sleep(0)
            yield item


class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def first_over(limit):
    async for c in Counter(10):
        if c > limit:
            return c


async def until(limit):
    seen = []
    async for c in Counter(10):
        if c > limit:
            break
        seen.append(c)
    return seen


async def main():
    results = await asyncio.gather(consume("a", 3, 0.1), consume("b", 2, 0.14))
    print(results)
    async for n in countdown(2):
        print("n =", n)
    async for number, word in pairs():
        print(number, word)
    async for c in Counter(3):
        async for x in ticker("in" + str(c), c, 0):
            print(c, x)
    total = 0
    async for x in ticker("t", 4, 0):
        if x == "t1":
            continue
        total += 1
    print("total", total)
    print("last_small", await last_small(3))
    print("first_over", await first_over(2), "until", await until(3))
    async for item in Stream(["s", "t"]).each():
        print(item)
    gen = ticker("m", 2, 0)
    print(type(gen).__name__, type(gen.__anext__()).__name__, gen.__aiter__() is gen)
    print(await gen.__anext__())
    print(await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        async for item in failing():
            print(item)
    except ValueError as e:
        print("caught", repr(e))
    try:
        async for item in stops_itself():
            print(item)
    except RuntimeError as e:
        print("caught", repr(e), repr(e.__cause__))


asyncio.run(main())
