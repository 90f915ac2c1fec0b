import asyncio


async def main():
    try:
        print(
            "a",
            "abc"["k"],
        )
    except TypeError as e:
        print(e)


asyncio.run(main())
