# A function declaring `global last` catches into it: the module variable
# is bound while the handler runs (other tasks and functions see it) and
# deleted after, as STORE_GLOBAL and DELETE_GLOBAL do.
import asyncio

last = None


def record(exc):
    print("recorded", repr(exc), repr(last))


async def worker(n):
    global last
    try:
        if n % 2:
            raise ValueError(n)
        return n
    except ValueError as last:
        record(last)
        await asyncio.sleep(0)
        record(last)
    try:
        print(last)
    except NameError as e:
        print("gone:", e)
    last = n


async def main():
    await asyncio.gather(worker(1), worker(2), worker(3))
    print("last", last)


asyncio.run(main())
