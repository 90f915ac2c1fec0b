import asyncio

def held(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")

def helper(name):
    g = held(name)
    next(g)
    raise ValueError(name)

async def ahelper(name):
    g = held(name)
    next(g)
    await asyncio.sleep(0)
    raise ValueError(name)

async def main():
    try:
        helper("sync")
    except ValueError as e:
        print("in except", e)
    print("after except")
    try:
        await ahelper("async")
    except ValueError as e:
        print("in except", e)
    print("after except 2")
    saved = None
    try:
        helper("saved")
    except ValueError as e:
        saved = e
    print("saved", saved)
    saved = None
    print("released")
    t = asyncio.create_task(ahelper("task"))
    await asyncio.sleep(0.01)
    print("task finished", t.done())
    t = None
    print("task dropped")

asyncio.run(main())
