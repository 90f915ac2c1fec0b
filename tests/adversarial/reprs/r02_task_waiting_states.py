import asyncio


def tail(t):
    parts = repr(t).split(' coro=')
    rest = parts[1].split('>')
    words = rest[0].split(' ')
    return parts[0] + " " + words[0] + " " + words[1] + " |" + '>'.join(rest[1:])


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def zero():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 0


async def main():
    a = asyncio.create_task(sleeper(0.05), name="a")
    b = asyncio.create_task(zero(), name="b")
    await asyncio.sleep(0)
    print(tail(a))
    print(tail(b))
    await asyncio.sleep(0)
    print(tail(a))
    print(tail(b))
    await asyncio.sleep(0)
    print(tail(b))
    await a
    print(tail(a))


asyncio.run(main())
