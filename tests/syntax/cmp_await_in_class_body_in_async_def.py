import asyncio

async def main():
    class A:
        x = await asyncio.sleep(0)
    return A
