import asyncio

async def main():
    try:
        raise ValueError("me")
    except ValueError as e:
        raise e from e

asyncio.run(main())
