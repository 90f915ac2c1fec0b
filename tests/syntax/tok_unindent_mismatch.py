import asyncio

async def main():
    if True:
        x = 1
      y = 2
