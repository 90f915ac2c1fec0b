import asyncio

async def main():
    msg = "hello
    print(msg)

asyncio.run(main())
