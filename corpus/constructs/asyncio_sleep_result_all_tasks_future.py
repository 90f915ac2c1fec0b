# asyncio.sleep(delay, result) gives back its result; asyncio.all_tasks()
# is a set of the tasks not done yet (iterated in the order they were made,
# one of the orders CPython produces, by address); asyncio.Future() made in
# a coroutine is a future of the running loop, which another task can
# complete; isinstance with asyncio.Future and asyncio.Task.
import asyncio


async def setter(f, value):
    await asyncio.sleep(0.1)
    f.set_result(value)
    print("set", value)


async def w(n):
    return await asyncio.sleep(n / 10, f"slept {n}")


async def main():
    print(await asyncio.sleep(0.1, "done"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(delay=0.01, result=3))
    print(await asyncio.gather(asyncio.sleep(0.2, "a"), asyncio.sleep(0.1, "b")))
    try:
        await asyncio.sleep(1, 2, 3)
    except TypeError as e:
        print(e)
    tasks = [asyncio.create_task(w(i), name=f"w{i}") for i in range(3)]
    print(len(asyncio.all_tasks()))
    print(sorted((t.get_name(), t.done()) for t in asyncio.all_tasks()))
    await asyncio.sleep(0.15)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks(), tasks[0] in asyncio.all_tasks())
    print(await asyncio.gather(*tasks))
    f = asyncio.Future()
    print(f.done(), isinstance(f, asyncio.Future), isinstance(f, asyncio.Task))
    print(isinstance(tasks[0], asyncio.Future), isinstance(tasks[0], asyncio.Task))
    asyncio.create_task(setter(f, 42))
    print("awaiting the future")
    print(await f, f.done(), f.result())
    try:
        asyncio.Future(1)
    except TypeError as e:
        print(e)


asyncio.run(main())
