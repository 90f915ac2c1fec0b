# A loop's `else`: run when the loop ends by itself, not after a `break`;
# a `break` inside the `else` is the enclosing loop's; `continue` and
# `return` in the body; `async for ... else` over an async generator.
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def find(items, wanted):
    for i, item in enumerate(items):
        await asyncio.sleep(0)
        if item == wanted:
            print(f"found {wanted} at {i}")
            break
    else:
        print(f"{wanted} not found")
        return None
    return i


async def poll(limit):
    attempts = 0
    while attempts < limit:
        attempts += 1
        await asyncio.sleep(0.05)
        if attempts == 2 and limit > 3:
            print("ready after", attempts)
            break
    else:
        print("gave up after", attempts)
    return attempts


async def watch(n, stop):
    async for t in ticks(n):
        if t == stop:
            print("stop requested at", t)
            continue
        print("tick", t)
    else:
        print("ticks done")


async def main():
    print(await asyncio.gather(find("abc", "b"), find("abc", "z"), poll(2), poll(5)))
    await watch(3, 1)
    for outer in range(3):
        for inner in range(2):
            pass
        else:
            if outer == 1:
                print("breaking the outer loop from an else")
                break
        print("outer", outer)
    else:
        print("not printed")
    n = 3
    while n:
        n -= 1
    else:
        print("while ran down to", n)
    for x in []:
        print("never")
    else:
        print("empty loop's else")


asyncio.run(main())
