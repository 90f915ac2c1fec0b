import asyncio

async def leaf():
    pass

async def slow():
    held = leaf()
    await asyncio.sleep(10)

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError as e:
        print("timeout")
    print("end")

asyncio.run(main())
