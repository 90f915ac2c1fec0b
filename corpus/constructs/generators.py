# Generator expressions where Python consumes them at once (`*`, list(),
# sorted(), str.join()) or one item at a time (sum, min, max, any, all):
# the side effects below show the order items are made in.
import asyncio


async def square(n):
    await asyncio.sleep(0.01 * (3 - n))
    print(f"square({n}) done")
    return n * n


def loud(x):
    print("making", x)
    return x


async def main():
    results = await asyncio.gather(*(square(i) for i in range(3)))
    print(results)
    # A lone `*` argument is just unpacked, as ever.
    print(max(*results), sum(*[results]), list(*[results]))
    print(sum(r for r in results if r > 0))
    print(sum(loud(x) for x in [1, 2, 3]))
    print(max(loud(x) for x in [3, 1, 3]), min(x % 3 for x in range(5)))
    print(max(x for x in [2.0, 2, 1]), min(s for s in ["b", "a", "a"]))
    # any() and all() stop making items once they know the answer.
    print(any(loud(x) > 1 for x in [1, 2, 3]), all(loud(x) < 2 for x in [1, 2, 3]))
    print(any(x for x in []), all(x for x in []), any(x for x in [0, "", 3]))
    print(any(x > y for x in range(3) for y in range(3) if loud(y) != x))
    print(list(x * 2 for x in range(3)), tuple(x for x in "ab"))
    print(sorted(x % 4 for x in range(7)))
    print(", ".join(str(x) for x in range(4)))
    print(", ".join(f"{a}{b}" for a in "xy" for b in range(2) if b != a))
    print(*(x + 1 for x in range(3)), sep="-")
    print([*(x for x in range(2)), 9], sum((x for x in range(4))))
    print(sum(x for x in [0.1, 0.2, 0.3]), sum(b for b in [True, True, 1]))
    print(sum([x] for x in []), sum(x for x in [-0.0]))
    tasks = [asyncio.create_task(square(i)) for i in range(2)]
    print(sum(await asyncio.gather(*(t for t in tasks))))
    print(all(t.done() for t in tasks))
    x = "outer"
    print(sum(len(x) for x in ["ab", "c"]), x)
    # Errors land where the lazy loop meets them: later items are not made.
    try:
        print(sum(loud(x) for x in [1, "a", 3]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(max(loud(x) for x in [1, "a", 3]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(min(x for x in []))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(sum(1 // x for x in [1, 0, loud(2)]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(", ".join(x for x in ["a", 1]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
