import asyncio


async def main():
    for a, b in [[1, 0], [1.0, 0], [1, 0.0], [0, 0], [-1, -0.0]]:
        try:
            print(a / b)
        except ZeroDivisionError as e:
            print("/", e)
        try:
            print(a // b)
        except ZeroDivisionError as e:
            print("//", e)
        try:
            print(a % b)
        except ZeroDivisionError as e:
            print("%", e)
    x = 3
    try:
        x //= 0
    except ZeroDivisionError as e:
        print("//=", e)


asyncio.run(main())
