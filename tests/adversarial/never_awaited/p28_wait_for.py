import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def waiter(x):
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.wait_for(foo(), timeout=0)
    except asyncio.TimeoutError:
        print("timeout 0")
    try:
        await asyncio.wait_for(waiter(bar()), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout 2")
        print("handler end")
    print("end")


asyncio.run(main())
