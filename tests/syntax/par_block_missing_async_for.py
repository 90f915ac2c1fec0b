async def main(src):
    async for item in src:
    print(item)
