# KeyboardInterrupt, raised by the program (no learner presses Ctrl-C in
# a model): a BaseException that `except Exception` lets through; raised
# in main, it stops the loop, and `asyncio.run` cancels the other tasks
# before it reaches the `except` around it.
import asyncio


async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.01)
            print(name, "tick")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleaned up")


async def main():
    t = asyncio.create_task(worker("w"))
    await asyncio.sleep(0.025)
    try:
        raise KeyboardInterrupt("inside")
    except Exception:
        print("not caught by except Exception")
    except KeyboardInterrupt as e:
        print("caught", repr(e), isinstance(e, BaseException), isinstance(e, Exception))
    print(issubclass(KeyboardInterrupt, Exception), KeyboardInterrupt.__name__)
    raise KeyboardInterrupt


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt as e:
        print("Interrupted:", repr(e))
    finally:
        print("bye")
    raise KeyboardInterrupt("at the end")
