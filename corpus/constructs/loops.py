# while, break, continue and augmented assignment, also inside try/except
# and across awaits.
import asyncio


async def poll(name, limit):
    count = 0
    while True:
        count += 1
        if count % 2 == 0:
            continue
        print(name, "poll", count)
        if count >= limit:
            break
        await asyncio.sleep(0.01)
    return count


async def retries():
    attempt = 0
    while attempt < 5:
        attempt += 1
        try:
            if attempt < 3:
                raise ValueError(f"attempt {attempt} failed")
            print("attempt", attempt, "worked")
            break
        except ValueError as e:
            print("caught", e)
            await asyncio.sleep(0)
            continue
    return attempt


async def main():
    results = await asyncio.gather(poll("a", 5), poll("b", 3), retries())
    print(results)
    items = [1, 2]
    alias = items
    items += [3]
    items += "ab"
    print(items, alias, len(alias))
    total = 0
    for i in range(10):
        for j in range(10):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            total += i * j
    print(total)
    x = 7
    x -= 2; x *= 3; x //= 2; x %= 5; x /= 2
    print(x)
    word = "ab"
    word *= 2
    print(word)


asyncio.run(main())
