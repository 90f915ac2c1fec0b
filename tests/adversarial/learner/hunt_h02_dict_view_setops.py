import asyncio


async def main():
    d = {"a": 1, "b": 2}
    await asyncio.sleep(0)
    for i in range(4):
        try:
            if i == 0:
                print(d.keys() - ["a"])
            elif i == 1:
                print(d.items() - [("a", 1)])
            elif i == 2:
                print(d.keys() < d.keys())
            else:
                print(d.keys() > {"a": 0}.keys())
        except TypeError as e:
            print("TypeError", e)


asyncio.run(main())
