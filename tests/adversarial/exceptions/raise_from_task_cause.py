import asyncio

async def step(n):
    await asyncio.sleep(n / 10)
    try:
        return 10 // (n - 1)
    except ZeroDivisionError as e:
        raise ValueError(f"step {n}") from e

async def main():
    results = await asyncio.gather(step(0), step(1), step(2), return_exceptions=True)
    for r in results:
        print(repr(r), repr(r.__cause__) if isinstance(r, Exception) else "-")
    t = asyncio.create_task(step(1))
    await asyncio.sleep(0.5)
    print("done", t.done())

asyncio.run(main())
