import asyncio


async def make(n):
    await asyncio.sleep(0.01 * n)
    return [n] * n


async def slow():
    await asyncio.sleep(1)


async def main():
    shared = [0]
    t1 = asyncio.create_task(make(2))
    t2 = asyncio.create_task(make(1))
    r = await asyncio.gather(t1, t2, make(0))
    print(r, t1.result() is r[0], t1.get_name(), t2.get_name(), asyncio.current_task().get_name())
    r[0].append("x")
    print(t1.result(), t1.done(), t2.exception())
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, TimeoutError), e.args)
    t3 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError as e:
        print(type(e).__name__, repr(str(e)), e.args, t3.cancelled(), isinstance(e, Exception), isinstance(e, BaseException))
    res = await asyncio.gather(make(1), slow_fail(), return_exceptions=True)
    print(res, [type(x).__name__ for x in res])


async def slow_fail():
    await asyncio.sleep(0)
    raise RuntimeError("boom", [1, 2])


asyncio.run(main())
