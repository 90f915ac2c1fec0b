import asyncio


async def main():
    print(repr("\U0001f600"), repr("😀"), repr("\U0001f6dc"), repr("\U0001faf8"), repr("\U0001fae0"))
    print(repr("\u0d81"), repr("\U00011f00"), repr("\U0001f6dd"), repr("\u0870"), repr("\U0001e030"))
    print(["\U0001f6dc", "\U0001f6d7"], len("\U0001f6dc"), repr("\U000f0000"), repr("\U00031350"))


asyncio.run(main())
