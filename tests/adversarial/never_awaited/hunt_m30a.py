import asyncio

async def a():
    pass

async def b():
    pass

async def z():
    pass

def low():
    q = b()
    raise OSError("low")

async def high():
    p = a()
    try:
        low()
    except OSError as e:
        raise RuntimeError("high") from e

async def main():
    zz = [z()]
    await high()

asyncio.run(main())
