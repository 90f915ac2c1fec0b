# int, len and list.pop as callbacks, each raising in C code below
# `Handle._run`'s frame.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(int, "x")
    loop.call_soon(len, 5)
    loop.call_soon([].pop)
    loop.call_later(0.1, int, "y", 3)
    await asyncio.sleep(0.2)
    print("end")
asyncio.run(main())
