import asyncio
return 1

async def main():
    if x = 1:
        pass
