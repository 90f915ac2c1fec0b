import asyncio

async def main():
    print("a")
    await asyncio.sleep(0.1)
    print([1, 2, 3].__len__())
    x = {1, 2} ^ {2, 3}
    print(x)

print("module")
asyncio.run(main())
def later():
    yield from range(3)
async def bad():
    await = 3
