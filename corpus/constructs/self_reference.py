import asyncio


async def main():
    d = {}
    d["self"] = d
    d["keys"] = d.keys()
    d["values"] = d.values()
    print(d == d, len(d))
    print(d["keys"])
    e = {"a": [1, 2]}
    print(e == {"a": [1, 2]}, e != {"a": [1, 3]}, [d] == [d])
    print(repr(d))


asyncio.run(main())
