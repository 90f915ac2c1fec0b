import asyncio


async def a(x):
    await asyncio.sleep(0)
    return abs(x)


async def main():
    print(await asyncio.gather(a(-0.0), a(-5), a(True), a(-2 ** 63), a(-1.5), a(False), a(float("-inf")), a(0)))
    try:
        abs("x")
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
