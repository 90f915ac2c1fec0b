import asyncio


async def attempt(i):
    await asyncio.sleep(0)
    a = 1
    f = 1.0
    z = 0
    fz = 0.0
    try:
        if i == 0:
            return a / z
        if i == 1:
            return a // z
        if i == 2:
            return a % z
        if i == 3:
            return f / z
        if i == 4:
            return f // z
        if i == 5:
            return f % z
        if i == 6:
            return a / fz
        if i == 7:
            return z / z
        if i == 8:
            return 5 % fz
        return -a // fz
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


async def boom():
    await asyncio.sleep(0)
    return 10 ** 5 // (3 - 3)


async def main():
    for r in await asyncio.gather(*[attempt(i) for i in range(10)]):
        print(r)
    rs = await asyncio.gather(asyncio.sleep(0, 1 / 1), boom(), return_exceptions=True)
    print(rs)


asyncio.run(main())
