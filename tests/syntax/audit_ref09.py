import asyncio
x = 0
def f():
    print(x)
    global x
    x = 1

async def main():
    f()
asyncio.run(main())
