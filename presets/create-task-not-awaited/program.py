import asyncio


async def display_nums():
    for num in range(5):
        print(num)
        await asyncio.sleep(0.001)


async def display_letters():
    for letter in 'ABCDE':
        print(letter)
        await asyncio.sleep(0.001)


async def main():
    task1 = asyncio.create_task(display_nums())
    task2 = asyncio.create_task(display_letters())


asyncio.run(main())
