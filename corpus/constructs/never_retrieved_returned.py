"""Failed tasks nobody awaited, held in a list main keeps: when main returns,
its frame frees the list last item first, so CPython reports w3 before w2."""
import asyncio
import time


async def w0(x):
    try:
        step = 0
        while step < 2:
            print(f'w0 x={x:>3} step {step}')
            await asyncio.sleep(0.011)
            step += 1
    finally:
        print('w0 cleans up')


async def w1(x):
    for step in range(2):
        print(f'w1 x={x:>3} step {step}')
        await asyncio.sleep(0.011)
    return "w1's result"


async def w2(x):
    for step in range(3):
        print(f'w2 x={x:>3} step {step}')
        if step == 0:
            raise ValueError('w2 failed')
        time.sleep(0.017)


async def w3(x):
    for step in range(2):
        print(f'w3 x={x:>3} step {step}')
        if step == 0:
            raise KeyError('w3')
        time.sleep(0.017)
    return "w3's result"


async def main():
    tasks = [
        asyncio.create_task(w0(1)),
        asyncio.create_task(w1(2)),
        asyncio.create_task(w2(3)),
        asyncio.create_task(w3(4)),
    ]
    try:
        results = [await asyncio.wait_for(t, 0.0051428571428571435) for t in tasks]
        by_place = {}
        for i, r in enumerate(results):
            by_place[i] = r
        print(by_place)
    except Exception as e:
        print('main caught', repr(e))
    print('main done')


asyncio.run(main())
