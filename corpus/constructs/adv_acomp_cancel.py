import asyncio

async def ticker():
    i = 0
    try:
        while True:
            await asyncio.sleep(0.01)
            yield i
            i += 1
    except asyncio.CancelledError:
        print("ticker saw cancel at", i)
        raise
    finally:
        print("ticker finally")

async def collector():
    try:
        return [x async for x in ticker()]
    finally:
        print("collector finally")

async def main():
    t = asyncio.create_task(collector())
    await asyncio.sleep(0.035)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("collector cancelled", t.cancelled())
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
