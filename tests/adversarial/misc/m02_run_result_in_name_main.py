import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    return await compute(7)


if __name__ == "__main__":
    result = asyncio.run(main())
    print("result:", result)
