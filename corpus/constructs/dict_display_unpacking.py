# Dict displays that unpack mappings (`{**defaults, **overrides}`): each
# part added in order, a later key replacing an earlier one's value in its
# first place; CPython's TypeError for something that is not a mapping.
import asyncio

DEFAULTS = {"retries": 3, "timeout": 1.0, "verbose": False}


def trace(label, value):
    print("evaluated", label)
    return value


async def fetch(name, **options):
    settings = {**DEFAULTS, **options, "name": name}
    await asyncio.sleep(settings["timeout"] / 10)
    return settings


async def main():
    results = await asyncio.gather(
        fetch("a"),
        fetch("b", timeout=0.5, verbose=True),
        fetch("c", retries=0),
    )
    for r in results:
        print(r)
    merged = {trace("k1", "x"): trace("v1", 1), **trace("d", {"x": 2, "y": 3}), trace("k2", "y"): 4}
    print(merged)
    print({**{}}, {**{1: "a"}, 1.0: "b", True: "c"})
    nested = {"outer": {**{"inner": 1}}, **{"z": [1, 2]}}
    print(nested, len({**nested, **nested}))
    for bad in (5, [("a", 1)], "ab"):
        try:
            print({**bad})
        except TypeError as e:
            print("TypeError:", e)
    try:
        print({**{"a": 1}, [1]: 2})
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
