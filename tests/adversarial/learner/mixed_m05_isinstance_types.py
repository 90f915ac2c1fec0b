import asyncio


async def describe(v):
    await asyncio.sleep(0)
    if isinstance(v, bool):
        kind = "bool"
    elif isinstance(v, (int, float)):
        kind = "number"
    elif isinstance(v, str):
        kind = "text"
    else:
        kind = type(v).__name__
    return f"{v!r:>10} {kind:<6} {type(v).__name__}"


async def main():
    for line in await asyncio.gather(*[describe(v) for v in [True, 3, 2.5, "s", None, [1], (2,), {"a": 1}, range(2)]]):
        print(line)
    print(type(1) == int, type(True) is bool, isinstance(1, float), type(1.0)(2), type("x")(5), int, str)


asyncio.run(main())
