import asyncio
import sys

async def main():
    if True:
    print("not indented")

asyncio.run(main())
