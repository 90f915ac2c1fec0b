import asyncio


async def f():
    print("f runs")
    return "f"


async def main():
    try:
        print(await asyncio.wait_for(f(), 0))
    except asyncio.TimeoutError as e:
        print("timeout 0", type(e).__name__, repr(e))
    try:
        print(await asyncio.wait_for(f(), -1))
    except asyncio.TimeoutError as e:
        print("timeout -1", repr(e))
    print(await asyncio.wait_for(f(), None))
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0), await asyncio.wait_for(t, -5))
    print(await asyncio.wait_for(f(), 1))


asyncio.run(main())
