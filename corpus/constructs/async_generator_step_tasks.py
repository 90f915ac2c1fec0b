# A task made of an async generator's step (`__anext__()`, `anext()`,
# `asend()`): CPython's task repr names its coroutine
# `<async_generator_asend without __name__>()`, as it has no name, pending
# or done, and the step runs the generator to its next `yield` in the task.
import asyncio


async def numbers():
    print("start")
    yield 1
    await asyncio.sleep(0.01)
    got = yield 2
    print("sent", got)
    await asyncio.sleep(0)
    yield 3


async def main():
    gen = numbers()
    first = asyncio.create_task(gen.__anext__())
    print(first)
    print(await first, first)
    second = asyncio.ensure_future(anext(gen))
    await asyncio.sleep(0)
    print(second.done(), second)
    print(await second)
    third = asyncio.create_task(gen.asend("hello"))
    print(await third, third)
    print(third.get_coro() is not None, type(third.get_coro()).__name__)
    await gen.aclose()


asyncio.run(main())
