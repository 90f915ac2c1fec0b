import asyncio

Exception = 1


async def main():
    try:
        raise KeyError("x")
    except Exception:
        print("caught")


asyncio.run(main())
