# sys.exit(): SystemExit caught like any BaseException (with its `code`);
# raised in main's task, it stops the loop in the middle of an iteration
# (a callback queued before it runs after), and asyncio.run cancels the
# other task and raises it; uncaught at the module level, it ends the
# program with its code and no traceback.
import asyncio
import sys


async def worker():
    try:
        print("worker starts")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker cleans up")


async def check(failures):
    await asyncio.sleep(0.05)
    if failures > 1:
        print("too many failures")
        asyncio.get_running_loop().call_soon(print, "queued before the exit")
        sys.exit(f"giving up after {failures}")


async def main(failures):
    task = asyncio.create_task(worker())
    try:
        await check(failures)
    finally:
        print("main finally")
    await task


try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code, isinstance(e, Exception), sys.maxsize)
try:
    asyncio.run(main(2))
except SystemExit as e:
    print("asyncio.run raised", repr(e), e.code)
print("again")
asyncio.run(main(3))
