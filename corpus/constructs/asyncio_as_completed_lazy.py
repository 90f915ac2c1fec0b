import asyncio

async def job(n, d):
    print("start", n)
    await asyncio.sleep(d)
    return n

async def main():
    it = asyncio.as_completed([job(1, 0.2), job(2, 0.1), job(3, 0.3)])
    print(type(it).__name__)
    t = asyncio.create_task(job(0, 0))
    await asyncio.sleep(0)
    for i, c in enumerate(it):
        print(await c)
        if i == 1:
            break
    print(await t)
    try:
        for c in asyncio.as_completed([job(9, 1)], timeout=0.5):
            await c
    except TimeoutError:
        print("timeout")
    for c in asyncio.as_completed(job(1, 0)):
        pass

asyncio.run(main())
