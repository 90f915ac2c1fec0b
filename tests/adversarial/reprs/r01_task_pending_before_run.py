import asyncio


def show(label, t):
    parts = repr(t).split(' coro=')
    rest = parts[1].split('>')
    words = rest[0].split(' ')
    print(label, parts[0], words[0], words[1], '>'.join(rest[1:]))


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    t = asyncio.create_task(work(1))
    show("created", t)
    print(str(t) == repr(t), f"{t}" == repr(t), f"{t!r}" == repr(t))
    u = asyncio.create_task(work(2), name="second")
    show("named", u)
    print(t.done(), u.done(), t.get_name(), u.get_name())
    await t
    await u
    show("t done", t)
    show("u done", u)


asyncio.run(main())
