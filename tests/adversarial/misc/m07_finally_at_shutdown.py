import asyncio


async def cleanup(n):
    print("cleanup start", n)
    await asyncio.sleep(0.01)
    print("cleanup end", n)


async def worker():
    try:
        print("worker starts")
        await asyncio.sleep(10)
        print("never")
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker finally")
        await cleanup(1)
        print("worker finally done")


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("main returns")
    return "main value"


asyncio.run(main())
