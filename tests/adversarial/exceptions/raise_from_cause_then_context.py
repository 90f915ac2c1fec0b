import asyncio

async def main():
    try:
        try:
            raise KeyError("first")
        except KeyError as k:
            raise IndexError("second") from k
    except IndexError:
        print("handling")
        raise RuntimeError("third")

asyncio.run(main())
