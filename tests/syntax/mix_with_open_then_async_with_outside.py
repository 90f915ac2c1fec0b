import asyncio

with open(__file__) as fh:
    first = fh.readline()

def main():
    async with asyncio.Lock():
        pass
