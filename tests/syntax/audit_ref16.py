import asyncio

def f(*a, **k):
    return a, k

async def main():
    k = {"x": 1}
    print(f(**k, *[1]))

asyncio.run(main())
