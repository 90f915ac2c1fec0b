import asyncio


async def main():
    print("ß".upper(), "İ".lower(), len("İ".lower()), "ǅ".upper(), "ǅ".lower(), "Σ".lower(), "ΑΣ".lower())
    print("ﬁ".upper(), "ŉ".upper(), "é".upper(), "ÀÉ".lower(), "straße".upper())


asyncio.run(main())
