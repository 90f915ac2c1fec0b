import asyncio
from functools import partial
def f(x): print("cb", x)
async def main():
    p = partial(f)
    q = p
    print(q is p, q == p, [p][0] is p)
    print(p == p, p != p, p is p, p in [p], [p].count(p), {p: 1}.get(p))
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(p)
    print(fut.remove_done_callback(p))
    fut.set_result(1)
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
