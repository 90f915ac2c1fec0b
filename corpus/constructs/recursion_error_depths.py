# RecursionError where CPython raises it, plain and awaited recursion
# alike; caught, the program goes on. (The depths themselves, 999 in the
# module's code and 991 in a task, are held to python3 run directly by
# tests/engine_fast.rs: the tests' harness adds frames of its own.)
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
        print("plain", depth > 900, e)
    try:
        await g(1)
    except RecursionError as e:
        print("async", depth > 900, e)
    t = asyncio.create_task(g(1))
    try:
        await t
    except RecursionError as e:
        print("task", depth > 900, e)
try:
    f(1)
except RecursionError as e:
    print("module", depth > 900, e)
asyncio.run(main())
