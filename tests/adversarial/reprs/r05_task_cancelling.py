import asyncio


def head(t):
    r = repr(t)
    out = r.split(' coro=')[0]
    if ' wait_for=' in r:
        out = out + " wait_for=" + r.split(' wait_for=')[1]
    return out


async def sleeper():
    try:
        await asyncio.sleep(1)
    finally:
        print("sleeper finally")


async def main():
    a = asyncio.create_task(sleeper(), name="a")
    b = asyncio.create_task(sleeper(), name="b")
    b.cancel()
    print(head(a))
    print(head(b))
    await asyncio.sleep(0)
    print(head(a))
    print(head(b))
    a.cancel()
    print(head(a))
    print(a.cancel(), b.cancel())
    print(head(a))
    await asyncio.sleep(0)
    print(head(a))
    print(head(b))
    print(a.cancelled(), b.cancelled(), a.done())


asyncio.run(main())
