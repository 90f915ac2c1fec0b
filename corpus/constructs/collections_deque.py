# collections.deque: a sliding window of the last results, a work queue
# shared by tasks, and CPython's errors and iterator checks.
import asyncio
from collections import deque
import collections


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


async def worker(name, jobs, done):
    while jobs:
        job = jobs.popleft()
        await asyncio.sleep(0.1 * job)
        done.append(f"{name}:{job}")
        print(name, "did", job, "left", len(jobs), list(done))


async def main():
    jobs = deque([3, 1, 2, 1])
    done = deque(maxlen=3)
    await asyncio.gather(worker("a", jobs, done), worker("b", jobs, done))
    print(done, done.maxlen, len(done), bool(jobs), jobs)
    for s in [
        lambda: deque(), lambda: deque([1, 2]), lambda: deque("abc", 2), lambda: deque([1], maxlen=0),
        lambda: deque(range(5), 3), lambda: deque(1), lambda: deque([1], "x"), lambda: deque([1], -1),
        lambda: deque([1], 2.0), lambda: deque([1], None), lambda: deque([1], 2, 3), lambda: deque(x=1),
        lambda: deque([1], iterable=[2]), lambda: deque(maxlen=2), lambda: deque([1], maxlen=True),
        lambda: deque([1, 2]).pop(), lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).pop(0),
        lambda: deque([1, 2, 3]).rotate(), lambda: deque([1, 2, 3]).index(2), lambda: deque([1, 2, 3]).index(5),
        lambda: deque([1, 2, 3]).index(3, 0, 2), lambda: deque([1, 2]).remove(5), lambda: deque([1, 2]).count(1),
        lambda: deque([1, 2], 2).insert(0, 5), lambda: deque([1, 2])[5], lambda: deque([1, 2])[-1],
        lambda: deque([1, 2])["a"], lambda: deque([1, 2]) == deque([1, 2]), lambda: deque([1, 2]) == [1, 2],
        lambda: deque([1, 2]) < deque([1, 3]), lambda: deque([1, 2]).maxlen,
        lambda: len(deque("ab")), lambda: bool(deque()), lambda: 2 in deque([1, 2]), lambda: deque.__name__,
        lambda: type(iter(deque())).__name__, lambda: deque([1]).copy(), lambda: deque([1, 2], 3).copy(),
        lambda: deque([1]).append(), lambda: deque([1]).append(1, 2), lambda: deque([1]).rotate("a"),
        lambda: deque([1]).extend(5), lambda: deque([1]).index(), lambda: deque([1]).insert(1),
        lambda: deque([1]).clear(1), lambda: deque([1]).rotate(1, 2), lambda: deque([1]).extendleft(),
        lambda: deque([1]).index(1, "a"), lambda: deque([1]).count(), lambda: deque([1]).append(x=1),
        lambda: deque([1, 2, 3]).index(3, -1), lambda: deque([1, 2, 3]).index(1, -100, 100),
        lambda: deque([1]) < [1], lambda: str(deque([1])), lambda: f"{deque('ab')}", lambda: deque(reversed([1, 2])),
        lambda: collections.deque([1]), lambda: isinstance(deque(), deque), lambda: deque([1]).foo,
        lambda: deque([1], maxlen=5) == deque([1]), lambda: deque([1]) != deque([2]), lambda: deque([1, 2]) <= deque([1, 2]),
        lambda: deque([1]) > deque([]), lambda: sorted(deque([3, 1, 2])), lambda: sum(deque([1, 2])), lambda: max(deque("abc")),
    ]:
        t("", s)
    d = deque([1, 2, 3])
    try:
        for x in d:
            d.append(4)
    except RuntimeError as e:
        print("RE", e)
    d = deque([1, 2, 3], 3); d.append(4); print(d); d.appendleft(0); print(d); d.extendleft([7, 8]); print(d); d.extend(d); print(d)
    d = deque(range(6)); d.rotate(2); print(d); d.rotate(-3); print(d); del d[0]; print(d); d[0] = "x"; print(d)
    d.reverse(); print(d); d.insert(2, "i"); print(d); d.insert(100, "e"); d.insert(-100, "s"); print(d)
    e = deque(); e.append(e); print(e)
    for label, f in [("reverse", lambda d: d.reverse()), ("setitem", lambda d: d.__setitem__(0, 9)), ("rotate0", lambda d: d.rotate(0)),
                     ("rotate1", lambda d: d.rotate(1)), ("copy", lambda d: d.copy()), ("index", lambda d: d.index(1)), ("clear", lambda d: d.clear()),
                     ("delitem", lambda d: d.__delitem__(2)), ("insert", lambda d: d.insert(1, 5)), ("remove", lambda d: d.remove(3))]:
        d = deque([1, 2, 3]); it = iter(d); next(it)
        f(d)
        try:
            print(label, next(it))
        except RuntimeError:
            print(label, "RE")
    d = deque([1]); it = iter(d); d.rotate(1); print("len1", next(it))
    d = deque([1, 2, 3]); d.remove(2); print(d, d.popleft(), len(d))


asyncio.run(main())
