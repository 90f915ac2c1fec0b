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
    await display_nums()
    await display_letters()


asyncio.run(main())
