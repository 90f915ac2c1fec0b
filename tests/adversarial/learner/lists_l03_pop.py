import asyncio


async def popper(a, i):
    await asyncio.sleep(0)
    try:
        if i is None:
            return a.pop()
        return a.pop(i)
    except IndexError as e:
        return "IndexError: " + str(e)


async def main():
    a = list(range(6))
    print(await asyncio.gather(popper(a, None), popper(a, 0), popper(a, -2), popper(a, 10), popper(a, -10)))
    print(a)
    e = []
    print(await popper(e, None), await popper(e, 0))


asyncio.run(main())
