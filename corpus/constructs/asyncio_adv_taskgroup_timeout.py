# Checks TaskGroup with timeouts: a timeout that fires while the group waits
# for its children (the children are cancelled, the group re-raises
# CancelledError and the timeout turns it into TaskGroup-free TimeoutError),
# a timeout inside a child, cancelling()/uncancel() counts along the way,
# the group repr, and task names: create_task(name=...) through a group
# still consumes a Task-N number in CPython (the name is set afterwards).
import asyncio


async def child(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def limited(log):
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        log.append(f"limited timed out, cancelling={asyncio.current_task().cancelling()}")
    return "limited"


async def main():
    log = []
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.2) as cm:
            async with asyncio.TaskGroup() as tg:
                a = tg.create_task(child("a", 0.1, log))
                b = tg.create_task(child("b", 0.5, log), name="bee")
                c = tg.create_task(limited(log))
                print(tg, a.get_name(), b.get_name(), c.get_name())
        print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, cm)
    print("cancelling:", me.cancelling(), log)
    print(a.result(), b.cancelled(), c.result())
    t = asyncio.create_task(child("d", 0, log))
    print("next name:", t.get_name())
    await t
    async with asyncio.TaskGroup() as tg:
        async with asyncio.timeout(0.1):
            x = tg.create_task(child("x", 0.05, log))
            await x
        y = tg.create_task(child("y", 0.05, log))
        print(tg)
    print(tg, x.result(), y.result(), me.cancelling())
    try:
        tg.create_task(child("z", 0, log))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
