import asyncio


async def main():
    await asyncio.sleep(0)
    print(list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(5, 5)), list(range(0, 10, -1)), list(range(-3)))
    print(len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(0)), range(5), range(1, 10, 2), range(0, -5, -1))
    print(range(10)[-1], range(10)[::2], range(10)[::-1], range(1, 10, 3)[1:], 5 in range(0, 10, 2), 4 in range(0, 10, 2))
    print(list(range(10)[2:8:3]), range(3) == range(0, 3), range(0) == range(5, 5), sum(range(-5, 6)))
    try:
        range(1, 5, 0)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(range(5)[5])
    except IndexError as e:
        print("IndexError", e)


asyncio.run(main())
