import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return seconds * 1.5


async def main():
    results = await asyncio.gather(job("a", 0.02), job("b", 0.01))
    for name, value in zip("ab", results):
        print(f"{name:>4}|{value:8.3f}|{value:<8.2f}|{value:^9.1f}|{value:+.2f}|{value:.0f}")
    print(f"{2.675:.2f} {0.125:.2f} {1e22:.1f} {-0.0:.2f} {1234567.891:,.2f} {1234567:_} {0.256:.1%}")
    print(f"{42:5d}|{-42:05d}|{42:<5}|{42:^6}|{True:>5}|{True}|{7:+}|{3:.2f}|{1234:,}")
    print(f"{'hi':>5}|{'hi':*<6}|{'hi':^7}|{'abcdef':.3}|{'x':s}|{'pad':=>8}")
    print(f"{1.5:>6}|{-1.5:08}|{float('inf'):.2f}|{float('nan'):>5}|{1e20:,}|{12345.678:,}")
    print(f"{results!r:>20}|{'q'!r:>5}|{3.14159!s:.4}")
    print(format(3.14159, ".3f"), format(255, ","), format("x", "^5"), format(7), round(3.14159, 3))
    print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.4), round(2.675, 2), round(0.125, 2), round(1234.5678, -2))
    print(round(15, -1), round(25, -1), round(-15, -1), round(7, 2), round(True), round(1e300, 2), round(5e-324, 400))
    print(round(123.456, 1), round(-123.456, 0), round(1.0e-10, 5), round(-1.0e-10, 5), round(0.1 + 0.2, 15))
    print(f"{1234.5678:.3e}|{0.000123:E}|{9.99:.1e}|{12345.678:g}|{1e-5:g}|{0.5:.3g}|{1.0:#g}|{123.0:.3}")
    print(f"{255:x}|{255:#X}|{255:#010x}|{3735928559:_x}|{8:o}|{5:#b}|{65:c}|{7:>5c}|{12:.2e}|{0.0:g}")
    for value, spec in [(1.5, "d"), ("s", "d"), (3, ".2d"), ("a", "+"), ([1], ">5"), (5, "abc"), (5, ",x"), (-1, "c"), ("a", "#")]:
        try:
            print(format(value, spec))
        except Exception as e:
            print(type(e).__name__, e)


asyncio.run(main())
