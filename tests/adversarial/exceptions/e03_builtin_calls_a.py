import asyncio


async def main():
    try:
        sum()
    except TypeError as e:
        print(e)
    try:
        sum(1, 2, 3)
    except TypeError as e:
        print(e)
    try:
        enumerate()
    except TypeError as e:
        print(e)
    try:
        zip(1)
    except TypeError as e:
        print(e)
    try:
        zip([1], 2)
    except TypeError as e:
        print(e)
    try:
        sum(1)
    except TypeError as e:
        print(e)
    try:
        enumerate(1)
    except TypeError as e:
        print(e)


asyncio.run(main())
