import asyncio


async def ret(v):
    return v


def res(t):
    return repr(t).split(' result=')[1]


async def main():
    values = [
        [],
        [1, 2, 3, 4, 5, 6],
        [1, 2, 3, 4, 5, 6, 7],
        list(range(100)),
        (1,),
        (),
        (1, 2, 3, 4, 5, 6, 7, 8),
        [[1, 2, 3, 4, 5, 6, 7], [8]],
        [(1, 2), [3, [4, [5, [6, [7, [8]]]]]]],
        [[[[[[[]]]]]]],
        [[[[[[[1]]]]]]],
        [[[[[[1]]]]]],
        ((((((((1,),),),),),),),),
        [None, True, False, 1.5, -0.0],
    ]
    for v in values:
        t = asyncio.create_task(ret(v))
        await t
        print(res(t))


asyncio.run(main())
