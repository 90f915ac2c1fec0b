import asyncio


async def main():
    d = {"a": 1, "b": 2, "c": 3}
    await asyncio.sleep(0)
    d.pop("a")
    d["a"] = 1
    print(d)
    d["b"] = 20
    print(d, list(d))
    d.pop("b")
    d["b"] = 2
    print(d)
    d.clear()
    d["z"] = 0
    d["y"] = 1
    print(d)


asyncio.run(main())
