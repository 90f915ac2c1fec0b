import asyncio

def main():
    async with asyncio.Lock():
        pass
