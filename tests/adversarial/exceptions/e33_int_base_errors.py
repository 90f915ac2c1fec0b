import asyncio


async def main():
    try:
        int(2.5, 10)
    except TypeError as e:
        print(e)
    try:
        int("12", 1)
    except ValueError as e:
        print(e)
    try:
        int("010", 0)
    except ValueError as e:
        print(e)
    print(int("10", 2), int("z", 36), int("0x1f", 16), int("0x1f", 0), int("0b101", 0), int(" 0o17 ", 0))


asyncio.run(main())
