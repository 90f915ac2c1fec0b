import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("inner cancelled")
        return "x"


async def main():
    try:
        r = await asyncio.wait_for(inner(), 0.05)
        print("returned", r)
    except asyncio.TimeoutError:
        print("timeout")


asyncio.run(main())
