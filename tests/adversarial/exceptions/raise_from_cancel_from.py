import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as c:
        raise RuntimeError("cancelled while slow") from c

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("main got", repr(e), type(e.__cause__).__name__)
    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    t2.cancel()
    await asyncio.sleep(0.1)
    print("end")

asyncio.run(main())
