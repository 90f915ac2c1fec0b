import asyncio


async def f():
    print("f start")
    await asyncio.sleep(0)
    print("f end")
    return 1


async def main():
    c = f()
    t = asyncio.create_task(c)
    try:
        res = await asyncio.gather(t, c)
        print(res)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(t.done(), t.cancelled())
    try:
        print(t.result())
    except RuntimeError as e:
        print("t:", e)


asyncio.run(main())
