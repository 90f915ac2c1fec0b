import asyncio


async def main():
    print(format(3.5), format(3.5, ""), format("x", "^5"), format(10, "b"), format(-10, "x"), format(1e300 * 10, "f"))
    print(format(65, "c"), format(128512, "c"), format(True), format(None), format([1], ""), format(2, "03"), format(-2, "03"), format(2.5, "=+6"))
    try:
        format(1114112, "c")
    except OverflowError as e:
        print("OverflowError", e)
    try:
        format(-1, "c")
    except OverflowError as e:
        print("OverflowError", e)
    try:
        format(None, "x")
    except TypeError as e:
        print(e)


asyncio.run(main())
