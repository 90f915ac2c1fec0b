import asyncio


async def quick():
    print("quick runs")
    return "q"


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(t.done(), t.cancel(), t.cancelled(), t.result())
    u = asyncio.create_task(quick())
    u.cancel()
    await asyncio.sleep(0)
    print(u.done(), u.cancelled())
    try:
        print(await u)
    except asyncio.CancelledError:
        print("u cancelled")


asyncio.run(main())
