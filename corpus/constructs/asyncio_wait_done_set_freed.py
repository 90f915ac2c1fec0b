# wait() returns its done tasks in a set. Nobody asks three of them for
# their exceptions, so CPython reports each ("Task exception was never
# retrieved") as it is freed, when main returns and the set, their last
# holder, goes: in the set's order, which for tasks follows their memory
# addresses. Interleave frees them in the order the tasks were made, one
# of the orders CPython produces (the tests' harness holds CPython to it).
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(1, 6)]
    done, pending = await asyncio.wait(tasks)
    del tasks
    print(len(done), "done,", len(pending), "pending")


asyncio.run(main())
