import asyncio


async def task1():
    for num in range(5):
        print(num)
        await asyncio.sleep(0.001)


async def task2():
    for letter in 'ABCDE':
        print(letter)
        await asyncio.sleep(0.001)


async def main():
    group = asyncio.gather(task1(), task2())
    print(group)
    await group


asyncio.run(main())
