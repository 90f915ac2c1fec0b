# Main raises and nothing catches it: the module stops at asyncio.run,
# what follows never runs, and the traceback comes after the shutdown.
import asyncio


async def main():
    print("main starts")
    await asyncio.sleep(0)
    return 1 / 0


print("before")
value = asyncio.run(main())
print("after", value)
