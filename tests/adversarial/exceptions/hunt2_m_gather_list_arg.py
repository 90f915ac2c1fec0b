import asyncio

async def main():
    try:
        await asyncio.gather([])
    except TypeError as e:
        print(e)

asyncio.run(main())
