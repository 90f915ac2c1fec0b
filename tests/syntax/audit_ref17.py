import asyncio

def outer():
    def inner():
        nonlocal zz
        zz = 1
    return inner

async def main():
    outer()()
asyncio.run(main())
