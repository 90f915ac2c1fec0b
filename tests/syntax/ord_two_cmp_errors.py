import asyncio
if True:
    break

def f():
    await asyncio.sleep(0)
