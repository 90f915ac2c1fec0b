import asyncio


async def main():
    d = {"a": 0, "b": None, "c": False}
    await asyncio.sleep(0)
    print("a" in d, 0 in d, None in d.values(), "z" not in d, len(d), len({}), bool({}), bool(d))
    print([k for k in d if d[k]], [k for k, v in d.items() if v is None], d.get("b") is None, d.get("a") or "empty")
    print(list(d)[::-1], list(d.items())[-1], str(list(d.keys())))


asyncio.run(main())
