import asyncio

async def first():
    pass

def stash():
    c = first()
    raise RuntimeError("stash")

async def main():
    try:
        stash()
    except RuntimeError as e:
        raise ValueError("main") from e

asyncio.run(main())
