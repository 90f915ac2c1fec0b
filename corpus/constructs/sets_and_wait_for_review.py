# Review of the set algebra and wait_for: a difference rebuilds a table
# more than a quarter dummies; s ^= s by method empties s; wait_for's
# timeout keeps the task's handled exception in the chain.
import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    for timeout in (0.01, 0):
        try:
            raise KeyError("handled")
        except KeyError:
            try:
                await asyncio.wait_for(slow(), timeout)
            except TimeoutError as e:
                c = e
                while c is not None:
                    print(type(c).__name__, repr(c.args))
                    c = c.__context__
    s = {1, 33, 65, 38, 39, 2, 3, 4, 5, 6}
    s.difference_update([2, 3, 4, 5, 6])
    print(s)
    t = {1, 33, 65, 38, 39, 2, 3, 4, 5, 6}
    t -= {2, 3, 4, 5, 6}
    print(t, {1, 33, 65, 38, 39, 2, 3, 4, 5, 6}.difference([2, 3, 4, 5, 6]))
    u = {9}
    u.symmetric_difference_update(u)
    u.add(9); u.add(1)
    print(u)
    try:
        a, *b = 5
    except TypeError as e:
        print(e)

asyncio.run(main())
