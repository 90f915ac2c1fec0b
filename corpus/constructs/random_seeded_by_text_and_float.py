import asyncio, random
async def main():
    for seed in ["hello", "", "é ünïcode ☃", "x" * 200, 3.5, -0.1, 1e300, 0.0, -0.0, 2.0, float("inf"), float("-inf"), 1e-310]:
        random.seed(seed)
        print(repr(seed)[:20], random.random(), random.randint(1, 100), random.choice("abcdef"))
asyncio.run(main())
