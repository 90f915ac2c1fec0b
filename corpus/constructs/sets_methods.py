# A set's algebra by method (any iterable as the argument) and by inclusion
# (<, <=, >, >=), each result in CPython's table order.
import asyncio

def show(*vals):
    print(*vals)

async def main():
    a = {1, 2, 3, 9, 17}
    b = {3, 4, 9, 33}
    show(a.union(b), a.union([40, 8, 1], (2, 64)), a.union())
    show(a.intersection(b), a.intersection([17, 9, 99, 1]), a.intersection(b, [9, 3, 5]), a.intersection())
    show(a.difference(b), a.difference([1, 17]), a.difference(b, [2]), a.difference({1: 'x', 2: 'y'}))
    show(a.symmetric_difference(b), a.symmetric_difference([1, 100, 9, 200]))
    show(a.issubset(b), {3, 9}.issubset(b), {3}.issubset([3, 4]), a.issuperset({1, 2}), a.issuperset([1, 50]))
    show(a.isdisjoint(b), a.isdisjoint({100, 200}), a.isdisjoint([5, 6]), set().isdisjoint(set()), a.isdisjoint(a))
    show({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, {1, 2} > {3})
    c = set(a)
    c.intersection_update(b, [9, 33, 3])
    show(c)
    c = set(a)
    c.difference_update([1], {2, 3})
    show(c)
    c = set(a)
    c.symmetric_difference_update({17: 0, 50: 1, 1: 2})
    show(c)
    c = set(a)
    c.symmetric_difference_update([9, 1000, 8])
    show(c)
    c = set(a)
    c.symmetric_difference_update(c)
    show(c, a.union(a), a.difference(a), a.intersection(a))
    big = set(range(40))
    show(big.difference([5, 6]) == set(range(40)) - {5, 6}, big.difference({1, 2}))
    seen = set()
    def gen():
        for i in range(5):
            seen.add(i)
            yield i
    show(seen.union(gen()), seen)
    done = {asyncio.current_task()}
    t = asyncio.create_task(asyncio.sleep(0))
    show(len(asyncio.all_tasks().difference(done)), asyncio.all_tasks().issuperset(done))
    await t
    try:
        a.union(5)
    except TypeError as e:
        show("TypeError", e)
    try:
        a.issuperset([[1]])
    except TypeError as e:
        show("TypeError", e)
    try:
        a.intersection([[1]])
    except TypeError as e:
        show("TypeError", e)
    try:
        {1} < [1]
    except TypeError as e:
        show("TypeError", e)
    try:
        a.issubset()
    except TypeError as e:
        show("TypeError", e)
    show(sorted({"x", "y"}.union({"z"})))

asyncio.run(main())
