import asyncio


async def measure(i):
    await asyncio.sleep(0.001 * i)
    return [3.2, 1.5, 4.8, 2.25, 3.2][i]


async def main():
    data = await asyncio.gather(*[measure(i) for i in range(5)])
    n = len(data)
    mean = sum(data) / n
    s = sorted(data)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    var = sum((x - mean) ** 2 for x in data) / (n - 1)
    print(data, mean, median, var, var ** 0.5)
    print(f"mean={mean:.2f} median={median} sd={var ** 0.5:.4f} range={max(data) - min(data)}")
    print([round(x - mean, 3) for x in data], data.count(3.2), data.index(3.2), s[::-1])


asyncio.run(main())
