import asyncio
import time


async def blocker(name):
    print(name, "start")
    time.sleep(0.02)
    print(name, "blocked done")
    await asyncio.sleep(0)
    print(name, "end")


async def main():
    start = time.perf_counter()
    await asyncio.gather(blocker("x"), blocker("y"))
    print(f"{time.perf_counter() - start:.2f}" >= "0.04")


asyncio.run(main())
