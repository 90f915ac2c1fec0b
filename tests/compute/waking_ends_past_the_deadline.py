# A wait ends past its deadline on the real clock, never on it: a loop
# that sleeps until `interval` has passed since `last` wakes once and
# stops. On a clock that lands exactly on each deadline's float,
# 0.4 - 0.30000000000000004 falls short of 0.1 by a rounding, and the
# loop sleeps for 2.8e-17 s again and again.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.2)
    last = loop.time()
    waits = 0
    while loop.time() - last < 0.1 and waits < 20:
        waits += 1
        await asyncio.sleep(0.1 - (loop.time() - last))
    print("waits", waits)


asyncio.run(main())
