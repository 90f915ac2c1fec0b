import asyncio


async def main():
    inf = float("inf")
    nan = float("nan")
    await asyncio.sleep(0)
    print(inf, -inf, inf - inf, nan == nan, nan != nan, 1e308 * 10, inf > 1e308, -inf < -10 ** 400)
    print(inf + 1, inf * 0, 1 / inf, -1 / inf, nan > 0, max(1, inf), min(nan, 1), [nan] == [nan], f"{inf:.2f}", f"{nan:>5}")
    for i in range(3):
        try:
            if i == 0:
                print(int(inf))
            elif i == 1:
                print(int(nan))
            else:
                print(round(inf))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
