import asyncio


async def main():
    d = {"a": 1, "b": None}
    await asyncio.sleep(0)
    print(d.get("a"), d.get("z"), d.get("z", 0), d.get("b", 5), d.setdefault("b", 7), d.setdefault("c", []))
    print(d.setdefault("x"), d, d.pop("a"), d.pop("zz", "dflt"), d.pop("zz", None), d)
    for k in ["zz", ("t", 1), 3.5]:
        try:
            d.pop(k)
        except KeyError as e:
            print("KeyError", e, repr(e), e.args)
    try:
        print(d["missing"])
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
