from __future__ import annotations
import asyncio


async def main():
    print(annotations)


asyncio.run(main())
