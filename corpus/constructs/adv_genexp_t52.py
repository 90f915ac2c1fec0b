import asyncio
async def main():
    xs = [1, 2]
    xs.extend(x + 10 for x in xs if x < 10)
    print(xs)
    ys = [1, 2]
    ys += (y + 10 for y in ys if y < 10)
    print(ys)
    zs = [1, 2]
    zs.extend(zs)
    print(zs)
    s = {1, 2}
    try:
        s.update(x + 10 for x in s)
    except RuntimeError as e:
        print("RE", e, sorted(s))
    d = {1: 1}
    try:
        d.update((k + 10, 0) for k in d)
    except RuntimeError as e:
        print("RE", e, d)
    d = {1: 1, 2: 2}
    d.update((k, v * 10) for k, v in d.items())
    print(d)
    ws = [3, 1, 2]
    ws.extend(sorted(w for w in ws))
    print(ws)
    print(max((x for x in ws), key=lambda v: (ws.append(0) or v) if len(ws) < 9 else v), ws)
asyncio.run(main())
