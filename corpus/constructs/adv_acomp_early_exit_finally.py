import asyncio

async def gen(tag):
    try:
        for i in range(10):
            print(tag, "yield", i)
            yield i
            await asyncio.sleep(0)
    finally:
        print(tag, "finally")

class Stop(Exception):
    pass

def check(x):
    if x == 2:
        raise Stop(x)
    return x

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    try:
        print([check(x) async for x in gen("A")])
    except Stop as e:
        print("caught Stop", e)
    print("after except")
    await asyncio.sleep(0)
    print("after sleep0")
    await asyncio.sleep(0)
    print("after sleep0 2")
    await t
    print("main end")

asyncio.run(main())
print("after run")
