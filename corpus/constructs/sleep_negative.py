"""A negative delay: asyncio.sleep treats any delay <= 0 as a bare yield,
one turn round the loop; time.sleep raises a ValueError the program can
catch."""
import asyncio
import time


async def ticker(name, delay):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(delay)


async def main():
    await asyncio.gather(ticker("minus", -1), ticker("zero", 0), ticker("minus-half", -0.5))
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(-2)
    print("done")


asyncio.run(main())
