import asyncio


async def main():
    x = [1, 2]
    try:
        print("abc"["1"])
    except TypeError as e:
        print("1", e)
    try:
        print([1, 2](3))
    except TypeError as e:
        print("2", e)
    try:
        print((1, 2)("x"))
    except TypeError as e:
        print("3", e)
    try:
        print(5[0])
    except TypeError as e:
        print("4", e)
    try:
        print(None[0])
    except TypeError as e:
        print("5", e)
    try:
        print(f"ab{x}"(1))
    except TypeError as e:
        print("6", e)
    try:
        print([1, 2]["a"], "x")
    except TypeError as e:
        print("7", e)
    try:
        print((1, 2)[1.5])
    except TypeError as e:
        print("8", e)
    try:
        print("abc"[(1, 2)])
    except TypeError as e:
        print("9", e)
    print("abc"[1], "abc"[True], "abc"[1:2], [1, 2][-1], (x, 1)[0], {"a": 1}["a"])
    try:
        print({"a": 1}(2))
    except TypeError as e:
        print("10", e)
    try:
        print(True[0])
    except TypeError as e:
        print("11", e)
    try:
        print([c for c in "ab"]["k"])
    except TypeError as e:
        print("12", e)
    try:
        print((-1)(2))
    except TypeError as e:
        print("13", e)
    print(x is None, x is not True)


asyncio.run(main())
