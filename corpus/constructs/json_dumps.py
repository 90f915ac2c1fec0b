# json.dumps: gathered results serialised as CPython writes them, with
# indent, sort_keys, separators, ensure_ascii, default and the errors.
import asyncio
import json


async def fetch(user_id):
    await asyncio.sleep(0.1 * user_id)
    return {"id": user_id, "name": f"user{user_id}", "tags": ["a", "é"], "score": user_id / 3, "active": user_id % 2 == 0, "boss": None}


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"can't encode {type(o).__name__}")


class Upper:
    # Any class given as `cls` is called with the options, then `encode`.
    def __init__(self, **options):
        self.indent = options["indent"]

    def encode(self, o):
        return f"<{str(o).upper()} indent={self.indent}>"


def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


async def main():
    users = await asyncio.gather(*(fetch(i) for i in range(1, 4)))
    print(json.dumps(users))
    print(json.dumps(users[0], indent=2, sort_keys=True))
    print(json.dumps({"a": [1, 2.5, None, True, 'x\u00e9\n"'], "b": {}, "c": [], 1: "k", 2.5: "f", None: "n", False: "b"}))
    print(json.dumps([1, [2, []]], indent="--"))
    print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
    print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps("\x01\u2028😀"), json.dumps("\t\b\f\r\\"))
    print(json.dumps("é", ensure_ascii=False), json.dumps((1, 2)), json.dumps(1e20), json.dumps(-0.0), json.dumps(10 ** 18))
    print(json.dumps({"a": 1}, indent=0), json.dumps([], indent=2), json.dumps({"k": {"x": 1}}, indent=1, separators=(",", ": ")))
    print(json.dumps({"p": Point(1, 2), "q": [Point(3, 4)]}, default=encode_point))
    print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True))
    l = []
    l.append(l)
    for label, f in [
        ("tuple key", lambda: json.dumps({(1, 2): 1})),
        ("set", lambda: json.dumps(set())),
        ("nan strict", lambda: json.dumps(float("nan"), allow_nan=False)),
        ("default str", lambda: json.dumps({"a": Point}, default=str)),
        ("circular", lambda: json.dumps(l)),
        ("mixed sort", lambda: json.dumps({"b": 1, 1: 2}, sort_keys=True)),
        ("positional", lambda: json.dumps(1, 2)),
        ("bad kw", lambda: json.dumps(1, foo=2)),
        ("point", lambda: json.dumps(Point(1, 2))),
        ("default raises", lambda: json.dumps({1}, default=encode_point)),
        ("cls", lambda: json.dumps({"a": 1}, cls=Upper, indent=2)),
        ("cls kw", lambda: json.dumps(1, cls=Upper, extra=True)),
        ("cls without options", lambda: json.dumps(1, cls=Point)),
    ]:
        t(label, f)


asyncio.run(main())
