import asyncio


async def main():
    try:
        print("ab"["c"]["d"])
    except TypeError as e:
        print(e)
    try:
        print(("a", "b")["x"]["y"], [1]["z"])
    except TypeError as e:
        print(e)
    try:
        print([1, 2](3)["k"])
    except TypeError as e:
        print(e)


asyncio.run(main())
