# Checks asyncio.Event: several waiters woken by one set() (and the order they
# resume in), is_set(), clear() then waiting again, waiting on an already-set
# event, reprs with and without waiters, and a waiter cancelled while waiting.
import asyncio


async def waiter(name, event):
    print(f"{name} waiting, is_set={event.is_set()}")
    r = await event.wait()
    print(f"{name} woke with {r}, is_set={event.is_set()}")
    return name


async def cancellable(name, event):
    try:
        await event.wait()
        print(f"{name} woke (unexpected)")
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise
    finally:
        print(f"{name} finally")


async def main():
    event = asyncio.Event()
    print(event)
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in ["A", "B", "C"]]
    await asyncio.sleep(0)
    print(event)
    print("main sets the event")
    event.set()
    print("after set:", event)
    print("main continues before waiters run")
    results = await asyncio.gather(*tasks)
    print("results:", results)

    event.clear()
    print("after clear:", event, event.is_set())
    d = asyncio.create_task(waiter("D", event))
    e = asyncio.create_task(cancellable("E", event))
    await asyncio.sleep(0.1)
    print("D done after 0.1s:", d.done())
    e.cancel()
    try:
        await e
    except asyncio.CancelledError:
        print("main saw E cancelled:", e.cancelled())
    print(event)
    event.set()
    event.set()
    print("set twice:", event.is_set())
    print("D result:", await d)

    r = await event.wait()
    print("wait on set event returned", r)
    f = asyncio.create_task(waiter("F", event))
    await asyncio.sleep(0)
    print("F done after one turn:", f.done())
    await f

    event.clear()
    g = asyncio.create_task(waiter("G", event))
    await asyncio.sleep(0)
    event.set()
    event.clear()
    print("set then clear at once:", event.is_set())
    await g
    print("final:", event)


asyncio.run(main())
