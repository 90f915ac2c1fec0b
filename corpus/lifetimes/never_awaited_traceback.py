# A coroutine held by a frame that an exception left lives as long as the
# exception (its traceback keeps the frame): freed when the handler ends,
# or at the interpreter's exit for the exception nobody caught.
import asyncio


async def job():
    print("job")


def fails():
    held = job()
    raise ValueError("from fails")


async def fails_async():
    held = job()
    raise KeyError("from fails_async")


async def main():
    try:
        fails()
    except ValueError:
        print("caught")
        print("handler's last line")
    try:
        fails()
    except ValueError as e:
        pass
    try:
        await fails_async()
    except KeyError:
        x = 1
    else:
        pass
    cancelled = asyncio.create_task(job())
    cancelled.cancel()
    await asyncio.sleep(0)
    lasts = [job(), job()]
    fails()


asyncio.run(main())
