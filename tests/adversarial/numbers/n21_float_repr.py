import asyncio


async def main():
    print(0.1 + 0.2, 1e16, 1e15, 123456789012345680.0, 1e-5, 0.0001, -0.0)
    print(float("1e400"), float("-0"), float(" 1_0.5 "), float("infinity"), float("-nan"))
    print(float("  -Infinity\n"), float("+1E5"), float(".5"), float("5."), float("1_000"))
    print(5e-324, 2.5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1e22, 1e23)
    print(float(10**16), float(9223372036854775807), float(-2**62), 1 / 3 * 3, 2 / 3)
    print(repr(1.0), str(100.0), 1e-7, 0.00001234, 123456789.123456789)
    try:
        float("1__0")
    except ValueError as e:
        print(e)
    try:
        float("nan1")
    except ValueError as e:
        print(e)


asyncio.run(main())
