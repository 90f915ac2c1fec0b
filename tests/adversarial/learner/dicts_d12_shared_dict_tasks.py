import asyncio


async def fetch(name, delay, results):
    await asyncio.sleep(delay)
    results[name] = delay * 100
    return name


async def main():
    results = {}
    order = await asyncio.gather(fetch("slow", 0.03, results), fetch("fast", 0.01, results), fetch("mid", 0.02, results))
    print(order)
    print(results)
    print(list(results.items()), sorted(results, key=len), {k: round(v) for k, v in results.items()})


asyncio.run(main())
