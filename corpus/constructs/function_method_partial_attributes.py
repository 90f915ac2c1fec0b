# What a program reads of its functions, methods and partials, and sets on
# its exceptions: __doc__ (the body's first string; functools.wraps copies
# it; an assigned one is not in __dict__), __defaults__, a bound method's __self__ and
# __func__ (the rest is its function's, AttributeError included), a
# partial's func and args (a partial of a partial flattened),
# and __cause__, __context__ and __suppress_context__ assigned, with
# CPython's TypeErrors for a wrong value.
import asyncio
import functools


def greet(name, greeting="hello", *rest, punct="!", **extra):
    """Say hello."""
    return f"{greeting}, {name}{punct}"


def bare(a, b):
    return a + b


def kw_only(*, x=1):
    pass


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        return await fn(*args, **kwargs)
    return wrapper


@logged
async def fetch(i):
    """Fetch one item."""
    await asyncio.sleep(0.01)
    return i


class Service:
    def __init__(self, name):
        self.name = name

    async def fetch(self, key, delay=0.01):
        await asyncio.sleep(delay)
        return f"{self.name}:{key}"


async def main():
    print(greet.__doc__, bare.__doc__, fetch.__doc__, fetch.__name__)
    print(greet.__defaults__, bare.__defaults__, kw_only.__defaults__)
    greet.__doc__ = "changed"
    greet.__dict__["__name__"] = "shadowed"
    print(greet.__doc__, greet.__name__, greet.__dict__, fetch.__dict__.keys())
    s = Service("db")
    m = s.fetch
    print(Service.fetch.__name__, m.__name__, m.__qualname__, m.__self__ is s, m.__func__ is Service.fetch)
    print(m.__defaults__, m.__doc__, await m("k"))
    try:
        m.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    p = functools.partial(greet, "ann", punct="?")
    print(p.func is greet, p.args, p())
    q = functools.partial(p, "hi")
    print(q.func is greet, q.args, q())
    e = ValueError("x")
    e.__cause__ = KeyError("k")
    print(repr(e.__cause__), e.__suppress_context__)
    e.__cause__ = None
    print(e.__cause__, e.__suppress_context__)
    e.__suppress_context__ = False
    e.__context__ = TypeError("t")
    print(repr(e.__context__), e.__suppress_context__)
    for bad in ("__cause__", "__context__", "__suppress_context__"):
        try:
            setattr(e, bad, 1)
        except TypeError as t:
            print("TypeError:", t)
    try:
        raise e
    except ValueError as caught:
        print(repr(caught.__context__))


asyncio.run(main())
