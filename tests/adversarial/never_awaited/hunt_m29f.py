import asyncio

async def first():
    pass

async def main():
    c = first()
    try:
        raise RuntimeError("stash")
    except RuntimeError:
        raise ValueError("main")

asyncio.run(main())
