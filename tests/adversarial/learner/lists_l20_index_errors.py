import asyncio


async def get(a, i):
    await asyncio.sleep(0)
    try:
        return a[i]
    except (IndexError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


async def main():
    a = [10, 20, 30]
    print(await asyncio.gather(get(a, 10), get(a, -4), get(a, 1.0), get(a, "x"), get(a, True), get(a, -3), get(a, None)))
    t = (1, 2)
    print(await asyncio.gather(get(t, 2), get(t, "0"), get("ab", 2), get("ab", 1.5)))
    try:
        a[5] = 1
    except IndexError as e:
        print("IndexError", e)


asyncio.run(main())
