import asyncio


async def main():
    xs = [1]
    xs.append(xs)
    print(xs, len(xs), xs == xs, xs[1][1][1][0])
    d = {}
    d["self"] = d
    print(d)
    t = [d, xs]
    print(t)
    e = {"l": []}
    e["l"].append(e)
    print(e, repr(e))


asyncio.run(main())
