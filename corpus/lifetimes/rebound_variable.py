"""A task variable rebound before the first task ran: the tasks main still
holds are reported in the order its frame frees its variables."""
import asyncio


async def bad(n):
    print("bad", n)
    raise KeyError(f"k{n}")


async def main():
    t = asyncio.create_task(bad(1))
    u = asyncio.create_task(bad(2))
    t = asyncio.create_task(bad(3))
    await asyncio.sleep(0)
    print("end", t.done(), u.done())


asyncio.run(main())
