import asyncio

async def leaf():
    pass

async def slow():
    held = leaf()
    raise RuntimeError("slow failed")

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=None)
    except RuntimeError as e:
        print("caught", e)
    print("end")

asyncio.run(main())
