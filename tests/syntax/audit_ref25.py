import asyncio

async def main():
    print(undefined_fn.__doc__)
    x = 1
    def g():
        print(x)
        nonlocal x

asyncio.run(main())
