import asyncio

def gen_ids():
    i = 0
    while True:
        i += 1
        print("  new id", i)
        yield i

def stamp(source, tag):
    for x in source:
        yield f"{tag}-{x}"

async def user(name, it, n, delay):
    for _ in range(n):
        v = next(it)
        print(name, v)
        await asyncio.sleep(delay)

async def main():
    src = gen_ids()
    a = stamp(src, "A")
    b = stamp(src, "B")
    await asyncio.gather(user("u1", a, 3, 0.01), user("u2", b, 3, 0.015))
    print(next(src))

asyncio.run(main())
