# Dicts and sets of many keys: found by hash past a handful of keys, with
# keys removed and added again, numbers of three types as one key, and
# keys that equal only themselves (tasks, coroutines' functions).
import asyncio


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name})"


async def work(i):
    await asyncio.sleep(0)
    return i * i


async def main():
    d = {}
    for i in range(40):
        d[i] = str(i)
    for i in range(0, 40, 3):
        del d[i]
    d[3] = "three again"          # goes to the end
    d[4.0] = "four"               # the key 4 keeps its spelling
    d[True] = "one"               # and 1 its place
    print(len(d), list(d)[:8], list(d)[-3:])
    print(d[1], d[4], 1.0 in d, 2.5 in d, d.get(39.0), d.get(0, "gone"))
    print(d.pop(5), d.pop(5, "no"), d.popitem(), len(d))
    for k in list(d):
        if k % 2:
            del d[k]
    print(d)
    while len(d) > 2:
        d.popitem()
    print(d)

    words = "the quick brown fox jumps over the lazy dog the end".split()
    counts = {}
    for w in words * 10:
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    pairs = {(i, str(i)): i for i in range(20)}
    print(pairs[(7, "7")], pairs.get((7.0, "7")), (8, "8") in pairs, (8, 8) in pairs)
    print({None: 1, **{i: i for i in range(10)}, None: 2})

    # A key that is not a number, a string or a tuple among many that are.
    tag = Tag("x")
    mixed = {i: i for i in range(12)}
    mixed[tag] = "tag"
    for i in range(12, 20):
        mixed[i] = i
    print(mixed[tag], mixed[15], len(mixed))
    del mixed[tag]
    mixed[20] = 20
    print(list(mixed.items())[-3:], tag in mixed)

    tasks = {asyncio.create_task(work(i)): i for i in range(12)}
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    done = [tasks[t] for t in tasks if t.done()]
    for t in list(tasks):
        if tasks[t] % 4 == 0:
            del tasks[t]
    print(done, sorted(tasks.values()), [t.result() for t in tasks][:4])

    s = set(range(50))
    for i in range(0, 50, 2):
        s.discard(i)
    s.add(100)
    s.add(2)
    print(len(s), 2 in s, 4 in s, 49 in s, sorted(s)[:5])
    names = {f"n{i}" for i in range(30)}
    names -= {f"n{i}" for i in range(0, 30, 5)}
    print(len(names), "n5" in names, "n6" in names, sorted(names)[:4])


asyncio.run(main())
