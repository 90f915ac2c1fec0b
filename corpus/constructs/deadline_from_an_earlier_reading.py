# A deadline the program computed from an earlier reading of the clock
# (`start + 0.3`) comes before a timer set later whose float sum lands a
# hair after it (0.1 + 0.2 is 0.30000000000000004), as on a real clock,
# though the second was set first.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.1)
    loop.call_later(0.2, print, "call_later(0.2)")
    loop.call_at(start + 0.3, print, "call_at(start + 0.3)")
    await asyncio.sleep(0.3)
    print("done")


asyncio.run(main())
