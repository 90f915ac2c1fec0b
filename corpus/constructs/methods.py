import asyncio


async def main():
    xs = [3, 1, 2]
    xs.append(4)
    xs.extend([5, 6])
    xs.insert(0, 9)
    xs.insert(-1, 7)
    print(xs, xs.pop(), xs.pop(0), xs.index(2), xs.count(1))
    xs.remove(1)
    xs.sort()
    print(xs)
    xs.sort(reverse=True)
    print(xs)
    xs.reverse()
    print(xs, xs.copy())
    xs.clear()
    print(xs)
    for bad in ["pop", "remove", "index"]:
        try:
            if bad == "pop":
                xs.pop()
            elif bad == "remove":
                xs.remove(3)
            else:
                xs.index("a")
        except Exception as e:
            print(type(e).__name__, e)
    d = {"a": 1}
    print(d.setdefault("a", 5), d.setdefault("b", 2), d)
    d.update({"c": 3})
    d.update([("d", 4)])
    print(d, d.pop("a"), d.pop("zz", None), d.keys(), d.values(), d.items())
    try:
        d.pop("zz")
    except KeyError as e:
        print("KeyError", e)
    e = d.copy()
    e["new"] = 1
    print(len(d), len(e), d == e, d == {"b": 2, "c": 3, "d": 4})
    words = " Hello, World  ".strip().lower().split(", ")
    print(words, "-".join(words), "a b  c".split(), "x".upper())
    print("banana".count("a"), "banana".replace("a", "o"), "abc".startswith("ab"), "abc".endswith("x"))
    print("xxhixx".strip("x"), "  a".lstrip(), "a  ".rstrip() + "|")
    try:
        ", ".join([1, 2])
    except TypeError as e:
        print(e)
    counts = {}
    for w in "the cat the hat".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    best = max(counts.values())
    print([w for w, c in counts.items() if c == best])
    print(sorted(counts), sorted(counts.items()), list(enumerate(counts)))
    grid = [[0] * 3 for _ in range(2)]
    grid[1][2] = 5
    print(grid)
    totals = {"x": [1]}
    totals["x"] += [2]
    print(totals)


asyncio.run(main())
