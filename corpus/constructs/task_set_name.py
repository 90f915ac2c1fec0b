# Task.set_name renames a task: get_name() and its repr follow (the repr
# is cut before its coroutine's file, which the engine does not show); a
# value that is not a string is named by its str(), and a wrong call is
# CPython's TypeError.
import asyncio


class Label:
    def __str__(self):
        return "labelled"


async def job():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()


async def main():
    task = asyncio.create_task(job())
    print(task.get_name())
    task.set_name("fetcher")
    print(repr(task).split(" coro=")[0])
    task.set_name(42)
    print(repr(task.get_name()))
    task.set_name(Label())
    for bad in ((), ("a", "b")):
        try:
            task.set_name(*bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        task.set_name(value="x")
    except TypeError as e:
        print("TypeError:", e)
    print(await task)
    print(repr(task).split(" coro=")[0])


asyncio.run(main())
