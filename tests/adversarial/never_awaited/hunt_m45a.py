import asyncio

async def main():
    print(f"{'abc'[0]}")
    if False:
        print(f"{[1](2)}")

asyncio.run(main())
