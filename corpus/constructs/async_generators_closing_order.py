# Paused generators freed with the frame that held them close in the order
# CPython frees its variables.
import asyncio

async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closing")

async def main():
    b = gen("b")
    a = gen("a")
    await a.__anext__()
    await b.__anext__()
    c = [gen("c1"), gen("c2")]
    for g in c:
        await g.__anext__()
    print("main ends")

asyncio.run(main())
