import asyncio


async def main():
    x = 123
    try:
        print(f"{x:.2}")
    except ValueError as e:
        print(e)
    y = 1.5
    try:
        print(f"{y:d}")
    except ValueError as e:
        print(e)
    s = "a"
    try:
        print(f"{s:d}")
    except ValueError as e:
        print(e)
    try:
        print(f"{x:s}")
    except ValueError as e:
        print(e)
    try:
        print(f"{s:=5}")
    except ValueError as e:
        print(e)
    try:
        print(f"{x:,x}")
    except ValueError as e:
        print(e)
    lst = [1, 2]
    try:
        print(f"{lst:>10}")
    except TypeError as e:
        print(e)
    try:
        print(f"{s:+}")
    except ValueError as e:
        print(e)
    try:
        print(f"{y:c}")
    except ValueError as e:
        print(e)
    print(f"{lst!s:>10}|{lst!r}|{lst}|{None}|{(1,)}")


asyncio.run(main())
