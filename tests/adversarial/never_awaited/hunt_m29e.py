import asyncio

async def first():
    pass

def stash():
    c = first()
    raise RuntimeError("stash")

async def high():
    try:
        stash()
    except RuntimeError:
        raise ValueError("main")

async def main():
    await high()

asyncio.run(main())
