import asyncio

async def main():
    msg = "unterminated
    print(msg)

asyncio.run(main())
