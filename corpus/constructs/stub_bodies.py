# `...` as a body still to be written (a constant statement: it runs
# nothing, as `pass`), and asyncio's exception classes spelt through
# `asyncio.exceptions`, where they are defined.
import asyncio


async def later():
    ...


def helper(): ...


async def main():
    print(await later(), helper())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.exceptions.TimeoutError as e:
        print("timed out:", repr(e))
    task = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except (ValueError, asyncio.exceptions.CancelledError):
        print("cancelled")
    ...


asyncio.run(main())
