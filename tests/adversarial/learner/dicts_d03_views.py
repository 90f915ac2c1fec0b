import asyncio


async def main():
    d = {"a": 1, "b": [2], (3, 4): "c"}
    await asyncio.sleep(0)
    print(d.keys(), d.values(), d.items())
    print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()))
    for k, v in d.items():
        print(k, v)
    print("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), [2] in d.values(), ("a", 2) in d.items())
    print({}.keys(), {}.items(), sorted(d.keys(), key=str), dict(d.items()) == d)


asyncio.run(main())
