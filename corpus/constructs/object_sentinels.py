# `object()` sentinels: told apart by identity, no attributes, and every
# value is an instance of `object`.
import asyncio
import json

DONE = object()
_MISSING = object()


def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.01)
    await q.put(DONE)


async def consumer(q):
    seen = []
    while (item := await q.get()) is not DONE:
        seen.append(item)
    return seen


class Plain(object):
    pass


async def main():
    q = asyncio.Queue()
    _, seen = await asyncio.gather(producer(q, 4), consumer(q))
    print(seen)
    print(lookup({"a": 1}, "a"), lookup({}, "b", None))
    try:
        lookup({}, "c")
    except KeyError as e:
        print("KeyError", e)
    a, b = object(), object()
    print(a is a, a is b, a == a, a == b, a != b, bool(a))
    print(type(a), type(a).__name__, type(a) is object, repr(object))
    print(isinstance(a, object), isinstance(3, object), isinstance(None, object))
    print(isinstance(ValueError(), object), issubclass(int, object))
    print(object.__name__, object.__qualname__, object.__module__)
    print(str(a).startswith("<object object at 0x"), f"{b!r}".split(" at ")[0])
    marks = {a: "a", b: "b"}
    print(marks[a], marks[b], len({a, b, a}), [a, b].index(b), a in [b])
    for bad in (
        lambda: a.x,
        lambda: setattr(a, "x", 1),
        lambda: a.missing2,
        lambda: object.missing,
        lambda: setattr(object, "x", 1),
        lambda: object(1),
        lambda: vars(a),
        lambda: a < b,
    ):
        try:
            bad()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    print(getattr(a, "x", "default"), hasattr(a, "y"))
    print(isinstance(Plain(), object), issubclass(Plain, object))


asyncio.run(main())
a = object()
print(isinstance(a, (int, object)), type(a)() is a, isinstance(type(a)(), object))
try:
    json.dumps({"k": a})
except TypeError as e:
    print(e)
