import asyncio

async def foo():
    return 1

async def slow(x):
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.wait_for(slow(foo()), 0.1)
    except asyncio.TimeoutError:
        print("timed out")
    print("after")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
