# `elif` and `else` after `if __name__ == "__main__":` are compiled (their
# SyntaxWarnings are written) but never run.
import asyncio


async def main():
    print("main runs")
    f = lambda: 1
    print(f())


if __name__ == "__main__":
    asyncio.run(main())
    print("after")
elif __name__ == "imported" or undefined_name:
    g = lambda x: x * 2
    print(g(3) is 1)
    asyncio.run(main())
else:
    print("never" is "x")
    asyncio.run(main())
print("end", __name__)
