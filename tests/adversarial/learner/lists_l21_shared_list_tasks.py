import asyncio


async def worker(name, delay, log):
    for i in range(3):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
    return len(log)


async def main():
    log = []
    res = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.02, log), worker("c", 0.05, log))
    print(res)
    print(log)
    print(log[::2], log[-3:], sorted(log, reverse=True)[:3], log.index("c0"), log.count("a1"))


asyncio.run(main())
