import asyncio


async def piece(i):
    await asyncio.sleep(0.01 * (3 - i))
    return str(i) * i


async def main():
    parts = await asyncio.gather(*[piece(i) for i in range(4)])
    print(repr(",".join([])), ",".join(["a"]), "".join("abc"), "-".join(str(i) for i in range(3)))
    print(", ".join(sorted({"b": 1, "a": 2})), "|".join(parts), repr("".join(parts)))
    print(" ".join(("x", "y")), "+".join({"k1": 1, "k2": 2}), "ab".join("123"))
    try:
        print(", ".join(["a", 1, "b"]))
    except TypeError as e:
        print(e)
    try:
        print(", ".join(["a", None]))
    except TypeError as e:
        print(e)


asyncio.run(main())
