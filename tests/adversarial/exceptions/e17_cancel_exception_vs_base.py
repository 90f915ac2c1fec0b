import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("worker: Exception caught")
    except BaseException as e:
        print("worker: BaseException caught", type(e).__name__)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("main: Exception")
    except asyncio.CancelledError:
        print("main: cancelled")
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))
    print(isinstance(asyncio.TimeoutError(), Exception), isinstance(TimeoutError(), asyncio.TimeoutError))


asyncio.run(main())
