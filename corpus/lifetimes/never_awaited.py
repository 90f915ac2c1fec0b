# Calling an async function without `await`: the coroutine never runs, and
# CPython warns "coroutine ... was never awaited" when it is freed, naming
# the line that was running then. Each warning is shown once per line.
import asyncio


async def say(what):
    print(what)


def helper():
    forgotten = say("from a plain function")
    return 1


async def sub():
    kept = say("in a coroutine that returns")
    await asyncio.sleep(0)


async def main():
    kept = say("kept until main returns")
    say("dropped at once")
    for i in range(2):
        say(i)
    helper()
    await sub()
    pair = [say("a"), say("b")]
    print("pair made")
    pair = None
    asyncio.sleep(1)
    asyncio.wait_for(say("inside wait_for"), 1)
    task = asyncio.create_task(sub())
    await asyncio.sleep(0.1)
    print("main ends")
    return say("in main's result")


asyncio.run(main())
