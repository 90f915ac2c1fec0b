import asyncio


def head(t):
    r = repr(t)
    p = r.split(' coro=')
    words = p[1].split(' ')
    return p[0] + " " + words[0] + " " + words[1] + " " + str(r.endswith('>>'))


async def sleeper():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(sleeper(), name="c1")
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e), "[" + str(e) + "]", e.args)
    print(head(t))
    u = asyncio.create_task(sleeper(), name="c2")
    u.cancel()
    await asyncio.sleep(0)
    print(head(u))
    print(t.cancelled(), u.cancelled(), t.done(), u.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", repr(e))
    try:
        u.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))


asyncio.run(main())
