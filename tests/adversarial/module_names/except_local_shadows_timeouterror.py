import asyncio


async def main():
    TimeoutError = "nope"
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError:
        print("caught")
    except BaseException as e:
        print("outer", type(e).__name__, e)


asyncio.run(main())
