import asyncio


async def main():
    inf = float("inf")
    nan = float("nan")
    m = -9223372036854775807 - 1
    print(inf > 2**62, inf == inf, -inf < m, inf - inf, inf * 0, float("-inf"), repr(inf))
    print(nan == nan, nan != nan, nan < 1, nan > 1, nan >= nan, 1 < nan)
    print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
    print(sorted([3, nan, 1]), sorted([nan, 3, 1]), sorted([3, 1, nan, 2]))
    print(inf == 2**62, -inf < -1e308, inf / 2**62, 2**62 / inf, -(2**62) / inf)
    try:
        int(inf)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        int(nan)
    except ValueError as e:
        print("ValueError", e)
    try:
        round(inf)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        round(nan)
    except ValueError as e:
        print("ValueError", e)
    print(round(inf, 2), round(nan, 1), inf // 1, inf % 5)


asyncio.run(main())
