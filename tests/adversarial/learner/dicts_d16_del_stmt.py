import asyncio


async def main():
    d = {"a": 1, "b": 2}
    a = [1, 2, 3, 4]
    await asyncio.sleep(0)
    del d["a"]
    del a[0]
    print(d, a)
    del a[::2]
    print(a)
    try:
        del d["zz"]
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
