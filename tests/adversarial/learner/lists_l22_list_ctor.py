import asyncio


async def main():
    d = {"a": 1, "b": 2}
    await asyncio.sleep(0)
    print(list("abc"), list(range(3)), list(d), list((1, 2)), tuple([1]), list(d.items()), tuple("hi"))
    print(list(d.values()), tuple(d.keys()), list(), tuple(), list([[]]), list(enumerate(d)))
    x = [1, 2]
    y = list(x)
    y.append(3)
    print(x, y, list(zip(d, d.values())))
    try:
        list(5)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
