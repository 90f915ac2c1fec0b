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
        print("caught")
    raise ValueError("main")

asyncio.run(main())
