import asyncio
import os
print("start")
nonlocal x

async def main():
    pass
asyncio.run(main())
