import asyncio

def f(x=await asyncio.sleep(0)):
    return 1
