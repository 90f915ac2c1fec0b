import asyncio

class Lock:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return False

def f():
    async with Lock():
        print("in")

async def main():
    f()
asyncio.run(main())
