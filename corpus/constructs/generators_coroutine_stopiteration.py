import asyncio

def empty():
    return
    yield

async def leaky():
    await asyncio.sleep(0)
    return next(empty())

async def main():
    try:
        await leaky()
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)
    t = asyncio.create_task(leaky())
    try:
        await t
    except RuntimeError as e:
        print("task RuntimeError:", e)
    print(await asyncio.gather(leaky(), return_exceptions=True))
    next(empty())

asyncio.run(main())
