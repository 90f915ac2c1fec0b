# A class's container methods, called where CPython's type slots call
# them: __len__ (len(), truth, and the length hint list() and its kind
# ask for, after __iter__), __bool__, __contains__, __getitem__ (also
# iteration by index for a class without __iter__), __setitem__ and
# __delitem__, and __call__; with CPython's checks of what they return.
import asyncio


class Results:
    def __init__(self):
        self.items = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        self.items[key] = value

    def __getitem__(self, key):
        return self.items[key]

    def __delitem__(self, key):
        print("del", key)
        del self.items[key]

    def __contains__(self, key):
        return key in self.items

    def __len__(self):
        print("len")
        return len(self.items)

    def __iter__(self):
        print("iter")
        return iter(sorted(self.items))


class Countdown:
    # No __iter__: iterated by index until IndexError.
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        print("get", i)
        if i >= self.n:
            raise IndexError(i)
        return self.n - i


class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool", self.value)
        return self.value

    def __repr__(self):
        return f"Flag({self.value})"


class Bad:
    def __init__(self, length):
        self.length = length

    def __len__(self):
        return self.length

    def __iter__(self):
        return iter([1, 2])


class Retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        async def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return await func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


calls = 0


@Retry(3)
async def flaky(name):
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    if calls < 3:
        raise ValueError(f"{name} not ready")
    return f"{name} ok"


async def fetch(results, key, delay):
    await asyncio.sleep(delay)
    results[key] = delay * 10
    print(key in results, "z" in results, len(results))


async def main():
    results = Results()
    await asyncio.gather(fetch(results, "b", 0.2), fetch(results, "a", 0.1))
    print(results["a"], list(results), tuple(results), sorted(results), [*results])
    print("-".join(results))
    del results["a"]
    print(bool(results), not results, len(results))
    if results:
        print("still has", list(results.items))
    print(list(Countdown(3)), 2 in Countdown(3), 5 in Countdown(2))
    a, b = Countdown(2)
    print(a, b, max(Countdown(4)), sum(Countdown(3)))
    it = iter(Countdown(1))
    print(type(it).__name__, next(it), next(it, "done"), next(it, "still done"))
    print(await flaky("svc"))
    add = Adder(5)
    print(add(1), list(map(add, [1, 2])), sorted([3, 1, 2], key=Adder(0)), callable(add))
    for value in [True, False]:
        print("yes" if Flag(value) else "no", Flag(value) and "and", Flag(value) or "or")
    for obj, label in [(Bad(-1), "negative"), (Bad("x"), "str"), (Bad(2.5), "float")]:
        for name, f in [("len", len), ("bool", bool), ("list", list), ("tuple", tuple)]:
            try:
                print(label, name, f(obj))
            except (TypeError, ValueError) as e:
                print(label, name, type(e).__name__, e)
    try:
        if Flag(1):
            pass
    except TypeError as e:
        print(e)
    for bad in ["len(Countdown(1))", "Countdown(1)['x']", "Adder(1)(1, 2)"]:
        try:
            print(eval_like(bad))
        except Exception as e:
            print(type(e).__name__, e)


def eval_like(what):
    if what == "len(Countdown(1))":
        return len(Countdown(1))
    if what == "Countdown(1)['x']":
        return Countdown(1)["x"]
    return Adder(1)(1, 2)


class OnlySet:
    def __setitem__(self, k, v):
        print("set", k, v)


s = OnlySet()
s[1] = 2
try:
    del s[1]
except AttributeError as e:
    print("AttributeError", e)
asyncio.run(main())
