import asyncio


async def main():
    xs = [1, 2, 3]
    for x in xs:
        print("x", x)
        if x < 3:
            xs.append(x + 10)
        if len(xs) > 6:
            break
    print(xs)
    ys = [1, 2, 3, 4]
    for y in ys:
        ys.remove(y)
    print(ys)
    zs = [1, 2, 3, 4, 5]
    for z in zs:
        print("z", z)
        zs.pop(0)
    print(zs)
    ws = [1, 2, 3]
    n = 0
    for w in ws:
        n += 1
        if n < 4:
            ws.insert(0, w * 10)
        print("w", w)
    print(ws)
    vs = [0, 1, 2]
    for i, v in enumerate(vs):
        vs.clear() if i == 1 else None
        print(i, v)
    print(vs)


asyncio.run(main())
