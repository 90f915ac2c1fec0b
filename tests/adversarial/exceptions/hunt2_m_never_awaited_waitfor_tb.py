import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(0), "x")
    except TypeError as e:
        print("caught", e)
    print("after")

asyncio.run(main())
