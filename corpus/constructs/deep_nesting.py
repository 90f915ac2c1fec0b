import asyncio


async def main():
    x = []
    for i in range(500):
        x = [x]
    print(str(x)[:5], len(repr(x)))
    y = ()
    for i in range(2000):
        y = (y,)
    try:
        print(y)
    except RecursionError as e:
        print("RecursionError:", e)
    z = []
    for i in range(100000):
        z = [z, {"k": (z,)}]
    try:
        print(f"{z}")
    except RecursionError as e:
        print("RecursionError:", e)
    w = ()
    for i in range(300000):
        w = (w,)
    print(len(w))
    print("done")


asyncio.run(main())
