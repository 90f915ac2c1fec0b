import asyncio

async def first():
    pass

def stash():
    c = first()
    raise RuntimeError("stash")

async def main():
    try:
        stash()
    except RuntimeError:
        raise ValueError("main") from None

asyncio.run(main())
