# `except KeyboardInterrupt` around asyncio.run, as scripts write it:
# nothing presses Ctrl-C in a model, so the handler never runs.
import asyncio


async def main():
    try:
        await asyncio.sleep(0.1)
        print("main done")
    except KeyboardInterrupt:
        print("never")
    return 1


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("interrupted")
