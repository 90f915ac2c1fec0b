import asyncio


def helper(n):
    if n > 1:
        return "xyz"["n"]
    return n


async def worker(n):
    await asyncio.sleep(0.1)
    return helper(n)


async def main():
    print("start")
    results = await asyncio.gather(worker(1), worker(2), return_exceptions=True)
    print(results)


asyncio.run(main())
