import asyncio


async def main():
    try:
        int(1, 2, 3)
    except TypeError as e:
        print(e)


asyncio.run(main())
