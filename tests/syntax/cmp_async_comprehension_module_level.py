async def agen():
    yield 1

xs = [x async for x in agen()]
