# `del`: names (local, module, cell), items, slices, attributes, several
# at once; the errors CPython raises; and a failed task freed by `del`
# reported at that line.
import asyncio

counter = 10
scratch = "module value"


class Box:
    kind = "box"

    def __init__(self):
        self.a = 1
        self.b = 2


async def fail():
    raise ValueError("nobody asks")


def make():
    x = 1

    def show():
        return x

    del x
    return show


async def main():
    global scratch
    items = list(range(10))
    del items[0]
    del items[-1]
    del items[2:4]
    del items[::2]
    print(items)
    d = {"a": 1, "b": 2, "c": 3}
    del d["b"]
    print(d)
    b = Box()
    del b.a
    try:
        print(b.a)
    except AttributeError as e:
        print("AttributeError:", e, b.b)
    del Box.kind
    try:
        print(Box.kind)
    except AttributeError as e:
        print("AttributeError:", e)
    x, y = 1, 2
    del x, y
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    del scratch
    try:
        print(scratch)
    except NameError as e:
        print("NameError:", e)
    for code in ("items[99]", "d['zz']", "b.zz", "Box.zz", "(1, 2)[0]", "'ab'[0]"):
        try:
            exec_del(code, items, d, b)
        except (IndexError, KeyError, AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        make()()
    except NameError as e:
        print("NameError:", e)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("deleting the task")
    del t
    print("deleted")
    try:
        del t
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def exec_del(code, items, d, b):
    if code == "items[99]":
        del items[99]
    elif code == "d['zz']":
        del d["zz"]
    elif code == "b.zz":
        del b.zz
    elif code == "Box.zz":
        del Box.zz
    elif code == "(1, 2)[0]":
        t = (1, 2)
        del t[0]
    else:
        s = "ab"
        del s[0]


asyncio.run(main())
del counter
print("done")
