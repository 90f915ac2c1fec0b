import asyncio


async def main():
    await asyncio.sleep(0)
    print(int(-0.5), int("  -0 "), int(2.999999999999999999), int("+5"), float("-0"), float("  .5"), float("1_0"))
    print(int(1e300) % 1000, float("1e-400"), float("1e400"), int(-2.5), int(0.9999999999999999), float(True), int("007"))
    print(str(float(7)), repr(float("0.1")), float(" -1.5E+2 "), int(float("3.7")), float(10 ** 20), float(2 ** 53 + 1))
    for s in ["1.5", "", " ", "1e5", "0x10", "١٢"]:
        try:
            print(int(s))
        except ValueError as e:
            print("ValueError", e)


asyncio.run(main())
