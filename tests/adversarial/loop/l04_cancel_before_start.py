import asyncio


async def w():
    try:
        print("w started")
        await asyncio.sleep(1)
    finally:
        print("w finally")


async def main():
    t = asyncio.create_task(w())
    print(t.done(), t.cancelled())
    print(t.cancel())
    print(t.done(), t.cancelled())
    print(t.cancel())
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception raises", repr(e))


asyncio.run(main())
