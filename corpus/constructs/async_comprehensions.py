import asyncio

async def ticker(name, n):
    for i in range(n):
        print(name, "tick", i)
        await asyncio.sleep(0)
        yield i

async def collect(name):
    got = [x * 10 async for x in ticker(name, 3) if x != 1]
    print(name, got)
    return got

async def bad(n):
    for i in range(n):
        yield i
        if i == 1:
            raise KeyError("gen failed")

async def main():
    print(await asyncio.gather(collect("a"), collect("b")))
    print({k async for k in ticker("s", 2)} if False else "skip")
    print({k: [j async for j in ticker(f"in{k}", 2)] async for k in ticker("out", 2)})
    try:
        print([x async for x in bad(3)])
    except KeyError as e:
        print("caught", repr(e))
    try:
        print([1 / x async for x in ticker("z", 2)])
    except ZeroDivisionError as e:
        print("zero", e)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
