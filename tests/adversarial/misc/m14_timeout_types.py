import asyncio


async def slow():
    await asyncio.sleep(1)
    return "late"


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print(type(e), repr(e), "[" + str(e) + "]", e.args)
        print(isinstance(e, TimeoutError), isinstance(e, OSError), asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(), 0.01)
    except Exception as e:
        print("as Exception:", type(e).__name__)
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))


asyncio.run(main())
