# `asyncio.run` imported under its own name or through an alias of the
# module runs main as `asyncio.run(main())` does.
from asyncio import run, sleep, gather
import asyncio as aio


async def tick(name, delay):
    await sleep(delay)
    print(name, "ticked")
    return name


async def main():
    print(await gather(tick("a", 0.02), tick("b", 0.01)))
    print(run is aio.run)


if __name__ == "__main__":
    run(main())
