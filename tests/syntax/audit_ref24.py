import asyncio
import asyncio

async def main():
    class L:
        pass
    if True:
    print("not indented")

asyncio.run(main())
