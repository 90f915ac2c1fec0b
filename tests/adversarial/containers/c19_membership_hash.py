import asyncio


async def main():
    d = {"a": 1}
    print("a" in "abc", "" in "abc", 1 in [True], "ab" in ["a", "b"], [1] in [[1]], (1, 2) in {(1, 2): 0})
    print(1 in d.values(), ("a", 1) in d.items(), "" in "", 1.0 in [1], (1, [2]) in [(1, [2])])
    try:
        print([] in {})
    except TypeError as e:
        print(e)
    try:
        x = {[1]: 2}
    except TypeError as e:
        print(e)
    try:
        d[{}] = 1
    except TypeError as e:
        print(e)
    try:
        print((1, [2]) in d)
    except TypeError as e:
        print(e)
    try:
        print(1 in "abc")
    except TypeError as e:
        print(e)
    try:
        print("a" in 5)
    except TypeError as e:
        print(e)


asyncio.run(main())
