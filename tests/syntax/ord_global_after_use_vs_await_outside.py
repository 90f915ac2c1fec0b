import asyncio

def a():
    await asyncio.sleep(0)

def b():
    print(n)
    global n
