import asyncio


async def main():
    try:
        round()
    except TypeError as e:
        print(e)
    try:
        round(1, 2, 3)
    except TypeError as e:
        print(e)
    try:
        len()
    except TypeError as e:
        print(e)
    try:
        len(1, 2)
    except TypeError as e:
        print(e)
    try:
        len(5)
    except TypeError as e:
        print(e)
    try:
        round("a")
    except TypeError as e:
        print(e)
    try:
        round(1.5, 2.0)
    except TypeError as e:
        print(e)


asyncio.run(main())
