import asyncio

def deco(f):
    print("decorating", f.__name__)
    return f

@deco
async def main():
    await asyncio.sleep(0.1)
    print("main")
    coro = asyncio.sleep(1)
    print(coro.cr_frame is not None)

print("module start")
asyncio.run(main())
