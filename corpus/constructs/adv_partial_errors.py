import asyncio
from functools import partial

def f(a, b):
    return a + b

async def af(a, *, k):
    return a, k

async def main():
    for bad in (1, None, "s"):
        try:
            partial(bad)
        except TypeError as e:
            print("TE", e)
    try:
        partial()
    except TypeError as e:
        print("TE0", e)
    p = partial(f, 1)
    for args, kw in [((), {}), ((2, 3), {}), ((), {"c": 1}), ((), {"a": 2})]:
        try:
            print(p(*args, **kw))
        except TypeError as e:
            print("TE", e)
    q = partial(af, 1)
    try:
        await q()
    except TypeError as e:
        print("TE", e)
    try:
        await q(2, k=3)
    except TypeError as e:
        print("TE", e)
    print(await q(k=3))
asyncio.run(main())
