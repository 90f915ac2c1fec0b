import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * n


async def main():
    results = await asyncio.gather(work(3), work(1), work(2))
    print(results)
    for i, r in enumerate(results):
        print(i, r)
    for i, r in enumerate(results, 1):
        print(i, r)
    for a, b in zip("abc", results):
        print(a, b)
    print(list(zip([1, 2, 3], "xy")))
    print(sum(results), sum(results, 10), sum([0.1, 0.2, 0.3]))
    print(min(results), max(results), min(3, 1, 2), max("a", "b"))
    print(min([], default="none"), max([[1], [0, 5]]))
    print(sorted(results), sorted(results, reverse=True), sorted("banana"))
    print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["ccc", "a", "bb"], key=len))
    print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
    print(isinstance(3, int), isinstance(True, int), isinstance(3.0, int), isinstance("x", (int, str)))
    print(int("42"), int(" -7 "), int(3.99), int(-3.99), int(True), int("1_000"))
    print(float("1.5"), float(" -inf "), float("nan"), float(2), float("1e3"))
    print(abs(-4), abs(-2.5), bool(0), bool("x"), list(range(3)), tuple("ab"), list())
    e = enumerate("ab")
    print(type(e).__name__)
    for bad in ["abc", "1.5", "", "_1"]:
        try:
            int(bad)
        except ValueError as exc:
            print(repr(exc))
    try:
        float("x1")
    except ValueError as exc:
        print(exc)
    try:
        min([])
    except ValueError as exc:
        print(exc)
    try:
        sorted([3, "a", 1])
    except TypeError as exc:
        print(exc)
    try:
        max([1, "a"])
    except TypeError as exc:
        print(exc)
    try:
        sum(["a", "b"])
    except TypeError as exc:
        print(exc)
    try:
        sum(["a"], "")
    except TypeError as exc:
        print(exc)
    try:
        isinstance(1, 2)
    except TypeError as exc:
        print(exc)
    try:
        abs("x")
    except TypeError as exc:
        print(exc)
    try:
        int([1])
    except TypeError as exc:
        print(exc)


asyncio.run(main())
