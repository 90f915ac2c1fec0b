# The program's own __repr__ and __str__: print, str, repr, f-strings
# (with !r, !s and a format spec), format(), containers (which use repr),
# inheritance, exceptions with __str__ caught and printed, and the errors.
import asyncio


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Labelled(Point):
    def __str__(self):
        return f"<{self.x}:{self.y}>"


class Plain:
    pass


class OnlyStr:
    def __str__(self):
        return "only str"


class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(url, code)
        self.url = url
        self.code = code

    def __str__(self):
        return f"fetching {self.url} failed with {self.code}"


class Quiet(Exception):
    def __repr__(self):
        return "Quiet!"


class BadRepr:
    def __repr__(self):
        return 42


class Raises:
    def __repr__(self):
        raise ValueError("no repr for you")


class Noisy:
    def __repr__(self):
        print("  (repr called)")
        return "Noisy()"


async def fetch(url, delay):
    await asyncio.sleep(delay)
    if url.endswith("404"):
        raise FetchError(url, 404)
    return Point(len(url), delay)


async def main():
    p = Point(1, "two")
    print(p)
    print(str(p), repr(p))
    print([p, (p,), {"k": p}])
    print(f"{p} {p!r} {p!s} {p:}")
    print(format(p), format(p, ""))
    l = Labelled(3, 4)
    print(l, repr(l), [l])
    print(f"{l} and {l!r}")
    o = OnlyStr()
    print(o, str(o))
    print(repr(o).startswith("<__main__.OnlyStr object at"))
    print(str(Plain()).startswith("<__main__.Plain object at"))
    results = await asyncio.gather(
        fetch("a.example", 0.2), fetch("b.example/404", 0.1), return_exceptions=True
    )
    print(results)
    for r in results:
        print(r)
    try:
        await fetch("c.example/404", 0)
    except FetchError as e:
        print("caught:", e)
        print("args:", e.args, repr(e))
        print(f"{e!s} / {e!r}")
    q = Quiet("x")
    print(q, repr(q), [q])
    try:
        print(BadRepr())
    except TypeError as e:
        print("TypeError:", e)
    try:
        str(BadRepr())
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([1, Raises()])
    except ValueError as e:
        print("ValueError:", e)
    n = Noisy()
    print("before")
    print(n, [n, n])
    print(f"{n!r}")
    print(p.__repr__())
    print(Point.__repr__(l))
    print(l.__str__())


asyncio.run(main())
