import asyncio


async def main():
    xs = [1, 2, 3, 2]
    try:
        xs.index(5)
    except ValueError as e:
        print(e)
    try:
        xs.remove(9)
    except ValueError as e:
        print(e)
    try:
        [].pop()
    except IndexError as e:
        print(e)
    try:
        [1].pop(5)
    except IndexError as e:
        print(e)
    try:
        xs.index(2, 2, 3)
    except ValueError as e:
        print(e)
    xs.insert(100, "z")
    xs.insert(-100, "a")
    print(xs, xs.index(2, 3), xs.index(2, -3), xs.pop(-2), xs.count(2))
    d = {"a": 1}
    try:
        d.pop("zz")
    except KeyError as e:
        print("KeyError", e)
    print(d.pop("zz", None), d.setdefault("b"), d, d.get("q"), d.get("q", 0))
    d.update([("x", 1)], y=2)
    print(d)
    try:
        ["a"].index("a", 1)
    except ValueError as e:
        print(e)


asyncio.run(main())
