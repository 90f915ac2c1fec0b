# RecursionError where CPython raises it: at module level after 999
# frames, in a task after 991 of its own (asyncio.run's frames below),
# plain and awaited recursion alike; caught, the program goes on.
import asyncio
depth = 0
def f(n):
    global depth
    depth = n
    return f(n + 1)
async def g(n):
    global depth
    depth = n
    return await g(n + 1)
async def main():
    try:
        f(1)
    except RecursionError as e:
        print("plain", depth, e)
    try:
        await g(1)
    except RecursionError as e:
        print("async", depth, e)
    t = asyncio.create_task(g(1))
    try:
        await t
    except RecursionError as e:
        print("task", depth, e)
try:
    f(1)
except RecursionError as e:
    print("module", depth, e)
asyncio.run(main())
