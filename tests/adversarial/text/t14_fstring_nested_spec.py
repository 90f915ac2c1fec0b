import asyncio


async def main():
    w = 8
    p = 3
    x = 3.14159
    print(f"{x:{w}.{p}f}|{x:>{w}}|{'a':{'^'}{w}}|")


asyncio.run(main())
