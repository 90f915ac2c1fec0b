import asyncio

async def main():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("no k") from None

asyncio.run(main())
