# Step mode's view of sets whose order comes from hashes (strings, floats,
# tuples): sorted and marked, on both sides.
import asyncio

async def crawl(name, seen, grid):
    for i in range(3):
        seen.add(f"{name}/page{i}")
        grid.add((i, len(name)))
        await asyncio.sleep(0.01)
    return len(seen)

async def main():
    seen = {"start"}
    grid = {(0, 0)}
    weights = {2.5, 0.1}
    ints = {3, 1, 2}
    results = await asyncio.gather(crawl("a", seen, grid), crawl("bb", seen, grid))
    print(results, len(seen), len(grid), sorted(weights), ints)

asyncio.run(main())
