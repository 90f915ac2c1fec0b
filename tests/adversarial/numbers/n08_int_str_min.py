import asyncio


async def main():
    x = int("-9223372036854775808")
    print(x, repr(x), type(x).__name__, str(x))
    print(int(" -9223372036854775808 "), int("9223372036854775807"))
    print(x + 9223372036854775807, x == -9223372036854775807 - 1)


asyncio.run(main())
