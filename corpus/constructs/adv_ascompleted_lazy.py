import asyncio

order = []
async def work(n, d):
    order.append(("start", n))
    await asyncio.sleep(d)
    order.append(("end", n))
    return n

async def main():
    coros = [work(1, 0.02), work(2, 0.01)]
    it = asyncio.as_completed(coros)
    print("created iterator", order)
    await asyncio.sleep(0)
    print("after sleep0", order)
    t3 = asyncio.create_task(work(3, 0))
    first = next(it)
    print("next called", order)
    print(await first)
    print(order)
    for f in it:
        print(await f)
    await t3
    print(order)
asyncio.run(main())
