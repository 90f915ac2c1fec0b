import asyncio


async def a(state):
    try:
        await asyncio.sleep(0.01)
        print("a cancels b:", state["b"].cancel())
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("a was cancelled")
        raise
    finally:
        print("a finally")


async def b(state):
    try:
        await asyncio.sleep(0.02)
        print("b cancels a")
        state["a"].cancel()
    except asyncio.CancelledError:
        print("b was cancelled")
        raise


async def selfish():
    asyncio.current_task().cancel()
    print("cancelled myself, still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("got it at the next await")
        raise


async def main():
    state = {}
    state["a"] = asyncio.create_task(a(state))
    state["b"] = asyncio.create_task(b(state))
    res = await asyncio.gather(state["a"], state["b"], return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(state["a"].cancelled(), state["b"].cancelled())
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print("selfish cancelled", t.cancelled())


asyncio.run(main())
