import asyncio

def numbers(tag, n):
    print(tag, "gen start")
    try:
        for i in range(n):
            print(tag, "yield", i)
            yield i
    finally:
        print(tag, "gen finally")

async def worker(tag, n):
    total = 0
    for x in numbers(tag, n):
        total += x
        await asyncio.sleep(0)
        print(tag, "got", x)
    return total

async def main():
    r = await asyncio.gather(worker("A", 3), worker("B", 2))
    print(r)

asyncio.run(main())
