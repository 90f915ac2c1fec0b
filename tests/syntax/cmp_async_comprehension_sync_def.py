async def agen():
    yield 1

def main():
    return [x async for x in agen()]
