import asyncio

async def main():
    yield from []

def f(a, a):
    pass
