import asyncio


async def lookup(d, k):
    await asyncio.sleep(0)
    return d[k]


async def main():
    d = {"a": 1, (1, 2): "t"}
    for k in ["a", "b", (1, 2), (3,), 5, "it's", ""]:
        try:
            print("found", await lookup(d, k))
        except KeyError as e:
            print("missing:", e, "|", repr(e), "|", e.args[0], "|", f"{e}", f"{e!r}", str(e) == repr(k))
    try:
        d.pop("zz")
    except KeyError as e:
        print(f"pop failed: {e}")
    try:
        raise KeyError("custom message")
    except KeyError as e:
        print("custom:", e)
    r = await asyncio.gather(lookup(d, "nope"), lookup(d, "a"), return_exceptions=True)
    print(r)


asyncio.run(main())
