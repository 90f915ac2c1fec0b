# Module-level code around asyncio.run: prints before and after it, a
# timing taken with time.perf_counter(), the value asyncio.run returns,
# module variables computed by any code (a plain function called at the
# top level, a loop) that tasks read and change, and a coroutine made at
# the top level and given to asyncio.run.
import asyncio
import time

print("the module starts")


def make_names(n):
    return [f"job-{i}" for i in range(n)]


NAMES = make_names(3)
totals = {}
for i, name in enumerate(NAMES):
    totals[name] = i * 10
done = []


async def job(name, delay):
    print("start", name, totals[name])
    await asyncio.sleep(delay)
    done.append(name)
    totals[name] += 1
    return name.upper()


async def main(label):
    print("main runs", label)
    results = await asyncio.gather(*(job(n, 0.1 * (3 - i)) for i, n in enumerate(NAMES)))
    print("gathered", results)
    return len(results), results


if __name__ == "__main__":
    start = time.perf_counter()
    coro = main("first")
    count, names = asyncio.run(coro)
    elapsed = time.perf_counter() - start
    print(f"{count} jobs in {elapsed:.1f} s:", names)
    print("finished in order", done)
    print(totals)
    print(sorted(totals.values(), reverse=True))
print("the module ends")
