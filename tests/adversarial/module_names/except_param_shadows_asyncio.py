import asyncio
import random


async def f(asyncio):
    try:
        raise KeyError("k")
    except asyncio.CancelledError:
        print("caught?")


async def main():
    try:
        await f(random)
    except AttributeError as e:
        print("AttributeError", e)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
