import asyncio

val = 0


async def g():
    global val
    for val in [1, 2]:
        await asyncio.sleep(0)
    try:
        raise KeyError("k")
    except KeyError as val:
        pass
    return "done"


async def main():
    print(await g())
    try:
        print(val)
    except NameError as e:
        print("NameError", e)


asyncio.run(main())
