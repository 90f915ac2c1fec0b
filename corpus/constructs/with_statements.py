# The plain `with` statement on the program's own classes: `__enter__`'s
# value bound by `as`, `__exit__` called however the body is left (falling
# off its end, `return`, `break`, `continue`, an exception), a true result
# suppressing the exception, several managers in one statement, and a
# `with` in the module's code.
import asyncio


class Tag:
    depth = 0

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Tag.depth += 1
        print("  " * Tag.depth + "<" + self.name + ">")
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        print("  " * Tag.depth + "</" + self.name + ">", exc_type, exc_value)
        Tag.depth -= 1
        return self.swallow


def returns_inside():
    with Tag("f") as name:
        return name + "!"


def pick(items):
    found = []
    for item in items:
        with Tag(item):
            if item == "skip":
                continue
            if item == "stop":
                break
            found.append(item)
    return found


with Tag("module") as m:
    print("module body", m)


async def main():
    print(returns_inside())
    print(pick(["a", "skip", "b", "stop", "c"]))
    with Tag("outer"), Tag("inner", swallow=True) as inner:
        print("inside", inner)
        raise KeyError("swallowed by inner")
    print("after the swallow")
    with (Tag("x") as x, Tag("y") as y):
        print(x, y)
    with Tag("ab") as (first, second):
        print(first, second)
    try:
        with Tag("leaky"):
            {}["missing"]
    except KeyError as e:
        print("got", repr(e))
    await asyncio.sleep(0)
    with Tag("await-inside"):
        await asyncio.sleep(0.1)
        print("slept")


asyncio.run(main())
