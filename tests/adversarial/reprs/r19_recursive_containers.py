import asyncio


async def ret(v):
    return v


async def main():
    a = [1]
    a.append(a)
    print(a, repr(a))
    d = {"k": 1}
    d["self"] = d
    print(d)
    b = [a, d, (a,)]
    print(b)
    t = asyncio.create_task(ret(a))
    await t
    print(repr(t).split(' result=')[1])
    t = asyncio.create_task(ret(d))
    await t
    print(repr(t).split(' result=')[1])


asyncio.run(main())
