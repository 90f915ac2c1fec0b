# Shows more blocking calls than the default executor has workers (12 on an
# 8-core machine): the extra calls wait in the executor's queue for a free
# worker, and every call still finishes, results in order.
import asyncio
import time


def job(n):
    time.sleep(0.2)
    return n * n


async def main():
    calls = [asyncio.to_thread(job, n) for n in range(14)]
    results = await asyncio.gather(*calls)
    print(len(results), "results:", results)
    print("sum:", sum(results))


asyncio.run(main())
