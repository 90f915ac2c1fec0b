import asyncio


async def main():
    print("a", "b", sep="")
    print("a", "b", sep=None)
    print("a", "b", end=None)
    print()
    print("x", end="")
    print("y")
    print(sep="-")
    print(*[1, 2], sep=", ")
    print("a\nb", "c", sep="|", end="!\n")
    print(*[], end="[empty]\n")
    print(1, 2.0, None, True, "s", [1, "s"], (1,), {}, sep="\t")


asyncio.run(main())
