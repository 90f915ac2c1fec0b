import asyncio


async def vote(tally, name, delay):
    await asyncio.sleep(delay)
    tally[name] = tally.get(name, 0) + 1


async def main():
    tally = {}
    await asyncio.gather(vote(tally, "x", 0.02), vote(tally, "y", 0.01), vote(tally, "y", 0.03))
    print(tally)
    print(max(tally, key=tally.get))
    print(sorted(tally, key=tally.get))


asyncio.run(main())
