import asyncio

async def main():
    async def w(n):
        await asyncio.sleep(0.1)
        return n
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    print(await asyncio.gather(*ts))

asyncio.run(main())
