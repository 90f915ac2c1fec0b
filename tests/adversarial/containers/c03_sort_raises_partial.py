import asyncio


async def main():
    ws = [4, 2, 9, 1, 7, 3, "z", 5]
    try:
        ws.sort()
    except TypeError as e:
        print(e)
    print(ws)
    vs = [3, 2, 1, "q", 0]
    try:
        vs.sort(reverse=True)
    except TypeError as e:
        print(e)
    print(vs)
    us = ["b", "a", 2]
    try:
        us.sort(key=len)
    except TypeError as e:
        print(e)
    print(us)


asyncio.run(main())
