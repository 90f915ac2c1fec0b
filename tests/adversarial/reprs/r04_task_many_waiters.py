import asyncio


async def slow():
    await asyncio.sleep(0.05)
    return 7


async def waiter(t, n):
    v = await t
    print("waiter", n, v)


def cbs(t):
    r = repr(t)
    if ' cb=[' not in r:
        return "no cb"
    return "cb=[" + r.split(' cb=[')[-1]


async def main():
    s = asyncio.create_task(slow(), name="slow")
    ws = []
    for n in range(4):
        ws.append(asyncio.create_task(waiter(s, n)))
        await asyncio.sleep(0)
        print(n + 1, cbs(s))
    await asyncio.gather(*ws)
    print(cbs(s))


asyncio.run(main())
