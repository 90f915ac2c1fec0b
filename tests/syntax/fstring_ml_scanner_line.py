import asyncio
async def main():
    x = 1
    print(f"""
{x!s=}
""")
asyncio.run(main())
