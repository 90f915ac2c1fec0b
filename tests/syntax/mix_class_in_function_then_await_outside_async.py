import asyncio

def make():
    class Box:
        def __init__(self, v):
            self.v = v
    return Box

def run():
    await asyncio.sleep(0)
