import asyncio


def heads(x):
    return [p.split(' coro=')[0] for p in repr(x).split('<Task ')[1:]]


async def w(n):
    me = asyncio.current_task()
    print("inside", n, repr(me).split(' coro=')[0], me.get_name())
    await asyncio.sleep(0)
    return n


async def main():
    me = asyncio.current_task()
    r = repr(me)
    print(r.split(' coro=')[0])
    print(r.split('> ')[-1].split(' at ')[0])
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    print(heads(ts))
    print(heads({"t": ts[0]}))
    print(heads((ts[1],)))
    await asyncio.gather(*ts)
    print(heads(ts))
    print(str(ts).count("finished"), str(ts).count("result=1"))


asyncio.run(main())
