import asyncio

async def main():
    t = asyncio.current_task()
    for x in t:
        print(x.get_name())
        break

asyncio.run(main())
