import asyncio
async def main():
    print(-9223372036854775808)
    print((-2**63) % -1)
    print(-2**63 // 2, 2**62 * 2 - 1 + 2**62 * 2 if False else 0)
    x = -2**63
    print(x, abs(x + 1))
asyncio.run(main())
