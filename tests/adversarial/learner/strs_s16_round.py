import asyncio


async def r(i):
    await asyncio.sleep(0)
    cases = [round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2),
             round(1350, -2), round(-1250, -2), round(1234.5678, -2), round(5, 2), round(0.125, 2),
             round(0.375, 2), round(2.5, 0), round(15, -1), round(25, -1), round(True), round(-0.4),
             round(-0.4, 0), round(1.45, 1), round(0.285, 2), round(123.456, 1), round(25.0, -1),
             round(35.0, -1), round(2.5, -1), round(5, -400), round(1.5, 400), round(-1.5), round(0.5)]
    return cases[i]


async def main():
    out = await asyncio.gather(*[r(i) for i in range(28)])
    print(out)
    print([type(x).__name__ for x in out])


asyncio.run(main())
