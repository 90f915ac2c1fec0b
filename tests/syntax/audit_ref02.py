import asyncio

async def main():
    class Local:
        pass
    print("hi")
    await asyncio.sleep(0.1)

print("top")
return 5
asyncio.run(main())
