import asyncio

async def main():
    x = 1
    print(f"{x}" + f"{(1, 2)(x) if x > 5 else x}")
    print(f"a{x}b{'q'['w'] if x > 5 else 'ok'}")

asyncio.run(main())
