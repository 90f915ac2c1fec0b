import asyncio
from functools import partial

def blocking(a, b, *, sep=" "):
    return sep.join([str(a), str(b)])

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, partial(blocking, 1, sep="-"), 2)
    print(r)
    r = await loop.run_in_executor(None, partial(blocking, sep="+"), "x", "y")
    print(r)
    r = await asyncio.to_thread(partial(blocking, "p"), "q", sep=":")
    print(r)
    r = await asyncio.to_thread(blocking, "p", "q", sep="/")
    print(r)
    rs = await asyncio.gather(*(loop.run_in_executor(None, partial(max, i), 2) for i in range(4)))
    print(rs)
    try:
        await loop.run_in_executor(None, partial(blocking, 1))
    except TypeError as e:
        print("TE", e)
    try:
        await loop.run_in_executor(None, partial(blocking, 1, 2), sep="x")
    except TypeError as e:
        print("TE", e)
asyncio.run(main())
