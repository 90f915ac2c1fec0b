# asyncio.run raises main's exception where the module called it: a
# `try` around it catches it, its `finally` runs, and the module goes on.
# The tasks asyncio.run cancelled at shutdown have printed by then.
import asyncio


async def background():
    try:
        await asyncio.sleep(5)
    finally:
        print("background cancelled by asyncio.run")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    raise ValueError("main failed")


try:
    print("running")
    asyncio.run(main())
    print("not reached")
except ValueError as e:
    print("caught", repr(e), e.args)
finally:
    print("finally")
print("after the try")
