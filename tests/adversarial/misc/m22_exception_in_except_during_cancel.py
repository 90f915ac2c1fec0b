import asyncio


async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cancel seen")
        raise ValueError("replaced cancellation")


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print("got", repr(e))
    except asyncio.CancelledError:
        print("got CancelledError")
    print(log, t.cancelled(), repr(t.exception()))


asyncio.run(main())
