import asyncio

async def main():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise IndexError("second")
    except IndexError as e:
        raise RuntimeError("third") from e

asyncio.run(main())
