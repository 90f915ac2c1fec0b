import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(name, "closed")

async def other():
    for i in range(4):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    try:
        print([1 / x async for x in ticker("z", 3)])
    except ZeroDivisionError as e:
        print("zero", e)
    print("after except")
    await asyncio.sleep(0)
    print("end")
    await t

asyncio.run(main())
