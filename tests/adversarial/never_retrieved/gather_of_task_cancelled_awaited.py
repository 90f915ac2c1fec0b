import asyncio
async def w():
    try:
        await asyncio.sleep(1)
    finally:
        print("never runs")
async def main():
    t = asyncio.create_task(w())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    g = asyncio.gather(t)
    await asyncio.sleep(0)
    print(g.done())
asyncio.run(main())
