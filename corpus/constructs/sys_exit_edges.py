# SystemExit's edges: sys.exit() of a SystemExit raises that instance; a
# `code` assigned is the exit status; a TaskGroup lets SystemExit out of
# its body as it is (a "base error", not grouped); asyncio.run called
# while the module handles an exception leaves it handled for the tasks
# (a bare `raise` re-raises it, what they raise has it as context).
import asyncio
import sys


async def group():
    try:
        async with asyncio.TaskGroup():
            await asyncio.sleep(0)
            sys.exit(3)
    except BaseException as e:
        print("caught", repr(e))


async def reraise():
    print("inside the run")
    try:
        raise KeyError("k")
    except KeyError as e:
        print("context:", repr(e.__context__))
    raise


try:
    sys.exit(SystemExit(4))
except SystemExit as e:
    print(repr(e), e.code)
asyncio.run(group())
try:
    sys.exit(5)
except SystemExit:
    try:
        asyncio.run(reraise())
    except SystemExit as again:
        print("re-raised", repr(again))
try:
    sys.exit(6)
except SystemExit as e:
    e.code = 9
    print("exits with", e.code)
    raise
