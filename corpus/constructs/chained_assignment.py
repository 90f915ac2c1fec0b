# Chained assignment: the value computed once, then assigned to each
# target from the left, as CPython's DUP_TOP and stores do.
import asyncio

done = failed = 0


def key(name):
    print("key", name)
    return name


async def work(n):
    global done, failed
    await asyncio.sleep(0.01 * n)
    if n % 3 == 0:
        failed += 1
    else:
        done += 1
    return n


async def main():
    first = last = None
    results = total = await asyncio.gather(*(work(i) for i in range(1, 7)))
    print(results is total, results)
    first, *_ = last, = [results[-1]]
    print(first, last)
    a = b = c = []
    a.append(1)
    print(a, b, c, a is c)
    d = {}
    d[key("x")] = d[key("y")] = len(results)
    print(d)
    x = y = (z := 5) + 1
    print(x, y, z)
    print(done, failed)


asyncio.run(main())
