# Plain user-defined classes: __init__, methods, async methods, class and
# instance attributes, a counter kept on the class, instances in containers.
import asyncio


class Counter:
    """Counts things."""
    created = 0
    label: str = "counter"

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.created += 1

    def bump(self, by=1):
        self.value += by
        return self.value

    def bump_twice(self):
        self.bump()
        return self.bump()

    def relabel(self, label):
        self.label = label

    def describe(self):
        return f"{self.label} {self.name}={self.value}"


class Fetcher(object):
    timeout: float
    history: list = []

    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []

    async def fetch(self, item):
        await asyncio.sleep(self.delay)
        self.done.append(item)
        self.history.append(f"{self.name}:{item}")
        print(f"{self.name} fetched {item}")
        return f"{item}@{self.name}"

    async def fetch_all(self, items):
        results = []
        for item in items:
            results.append(await self.fetch(item))
        return results


class Empty:
    pass


async def main():
    a = Counter("a")
    b = Counter("b", 10)
    print(a.bump(), a.bump(5), b.bump_twice())
    print(a.describe(), "|", b.describe())
    print(Counter.created, a.created, b.created)
    b.relabel("special")
    print(a.describe(), "|", b.describe(), "|", Counter.label)
    print(type(a).__name__, a.__class__.__name__, Counter.__name__)
    print(isinstance(a, Counter), isinstance(a, Fetcher), isinstance(Empty(), Empty))
    print(a is b, a == a, a == b, a is not b)
    counters = [a, b, Counter("c")]
    print([c.name for c in counters], Counter.created)
    by_name = {c.name: c for c in counters}
    print(by_name["b"] is b, by_name["c"].value)
    f1 = Fetcher("slow", 0.25)
    f2 = Fetcher("fast", 0.1)
    print(await asyncio.gather(f1.fetch_all(["x", "y"]), f2.fetch_all(["p", "q", "r"])))
    print(f1.done, f2.done)
    print(Fetcher.history is f1.history, len(Fetcher.history))
    task = asyncio.create_task(f2.fetch("z"))
    print(await task, f2.done)
    e = Empty()
    print(type(e).__name__, isinstance(e, Counter))
    print("empty:", type(e), Empty)
    print(f"counter {type(a).__qualname__} {Counter.__module__}")


asyncio.run(main())
