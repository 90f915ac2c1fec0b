import asyncio

async def main():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("v")
    except TypeError:
        print("t")

asyncio.run(main())
