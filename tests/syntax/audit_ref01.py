import asyncio
import json

async def main():
    print("hi")

def helper():
    await asyncio.sleep(1)

asyncio.run(main())
