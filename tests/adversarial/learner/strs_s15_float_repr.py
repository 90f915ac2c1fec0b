import asyncio


async def val(i):
    await asyncio.sleep(0)
    return [0.1 + 0.2, 1e16, 1e15, 1e-7, 1e-4, 0.0001, 123456789.0, -0.0, 1 / 3, 2 / 3, 10 / 2,
            1e22, 5e-324, 2 ** 0.5, float(10 ** 16), 100.0, 1e16 + 1, 1.1 * 3, 0.1 * 3, 1e300 * 1e10,
            9007199254740993.0, 123456789012345678.0, 0.30000000000000004, 1.5e-10, 12345678901234567890.0][i]


async def main():
    vals = await asyncio.gather(*[val(i) for i in range(25)])
    print(vals)
    for v in vals:
        print(v, str(v), repr(v))


asyncio.run(main())
