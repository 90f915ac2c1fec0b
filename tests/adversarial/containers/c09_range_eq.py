import asyncio


async def main():
    print(range(0, 3) == range(3), range(0) == range(2, 2), range(0, 10, 2) == range(0, 9, 2))
    print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(5, 0) == range(9, 1, 3))
    print(range(0, 3), range(1, 10, 2), repr(range(3)), str(range(-2, 2, -1)))
    print(range(5)[-1], range(0, 20, 3)[2], range(10, 0, -2)[-1])
    print(3 in range(0, 10, 3), 3.0 in range(5), 4 in range(0, 10, 3), True in range(2))
    print(len(range(10, 0, -3)), list(range(10, 0, -3)), range(10, 0, -3)[-1])
    print(range(3) != range(0, 3, 1), range(0, 1) == range(0, 2, 5), range(2, 2) == range(3, 3, -1))
    try:
        print(range(3)[5])
    except IndexError as e:
        print(e)
    try:
        print(range(1, 2, 0))
    except ValueError as e:
        print(e)
    print(range(4).index(2), range(4).count(9), range(0, 10, 2).index(6))


asyncio.run(main())
