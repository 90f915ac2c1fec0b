import asyncio

async def main():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            continue

asyncio.run(main())
