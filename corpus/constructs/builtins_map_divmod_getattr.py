# map (lazy: each item's call when the map is stepped), divmod, and getattr,
# hasattr, setattr, with CPython's errors.
import asyncio

class Job:
    def __init__(self, name):
        self.name = name
    @property
    def upper(self):
        return self.name.upper()

def shout(x):
    print("shout", x)
    return x * 2

async def main():
    j = Job("a")
    print(getattr(j, "name"), getattr(j, "upper"), getattr(j, "nope", 5), hasattr(j, "nope"), hasattr(j, "upper"))
    setattr(j, "extra", 3)
    print(j.extra, getattr(asyncio, "sleep").__name__ if False else "")
    m = map(shout, [1, 2, 3])
    print(type(m).__name__, m)
    print(next(m))
    print(list(m))
    print(list(map(lambda a, b: a + b, [1, 2, 3], "ab" and [10, 20])))
    print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(True, 2.5))
    for bad in [(7, 0), (7.0, 0), ("a", 1)]:
        try:
            divmod(*bad)
        except (ZeroDivisionError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        getattr(j, "nope")
    except AttributeError as e:
        print(e)
    try:
        getattr(j, 3)
    except TypeError as e:
        print(e)
    try:
        map(shout)
    except TypeError as e:
        print(e)
    print(map, type(map(str, [])), "{}".format(map))

    def stop_at_two(x):
        if x == 2:
            raise StopIteration
        return x

    print(list(map(stop_at_two, range(5))), [y for y in map(stop_at_two, range(5))])
    results = await asyncio.gather(*map(asyncio.sleep, [0.1, 0.2], ["x", "y"]))
    print(results)

asyncio.run(main())
