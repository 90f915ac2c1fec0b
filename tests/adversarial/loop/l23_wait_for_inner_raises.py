import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("inner boom")


async def slow_fail():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("during cancel")


async def main():
    try:
        await asyncio.wait_for(boom(), 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait_for(slow_fail(), 0.05)
    except asyncio.TimeoutError:
        print("timeout")
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
