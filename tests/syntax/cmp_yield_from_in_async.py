import asyncio

async def main():
    yield from [1, 2]
