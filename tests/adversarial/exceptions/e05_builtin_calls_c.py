import asyncio


async def main():
    try:
        max()
    except TypeError as e:
        print(e)
    try:
        max(1)
    except TypeError as e:
        print(e)
    try:
        min()
    except TypeError as e:
        print(e)
    try:
        range()
    except TypeError as e:
        print(e)
    try:
        range(1, 2, 3, 4)
    except TypeError as e:
        print(e)
    try:
        range(1.5)
    except TypeError as e:
        print(e)
    try:
        range("3")
    except TypeError as e:
        print(e)
    try:
        range(0, 5, 0.5)
    except TypeError as e:
        print(e)


asyncio.run(main())
