# gather(return_exceptions=True) builds a cancelled child's CancelledError
# from the child's cancel message ('' for none): a future cancelled with a
# message, a shield's outer future, a task that cancels itself and returns
# (its message survives), and a task cancelled while it awaits (the message
# goes with the CancelledError branch).
import asyncio


async def self_cancelling():
    asyncio.current_task().cancel("self")
    return 1


async def sleeper():
    await asyncio.sleep(1)


async def main():
    f = asyncio.get_running_loop().create_future()
    f.cancel("why")
    g = asyncio.get_running_loop().create_future()
    g.cancel()
    print(await asyncio.gather(f, g, return_exceptions=True))
    print(await asyncio.gather(asyncio.create_task(self_cancelling()), return_exceptions=True))
    t = asyncio.create_task(self_cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await", e.args)
    inner = asyncio.create_task(sleeper())
    s = asyncio.shield(inner)
    waiting = asyncio.create_task(sleeper())
    gathered = asyncio.gather(s, waiting, return_exceptions=True)
    await asyncio.sleep(0)
    s.cancel("shield msg")
    waiting.cancel("task msg")
    print([repr(x) for x in await gathered])
    inner.cancel()


asyncio.run(main())
