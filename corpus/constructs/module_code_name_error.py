# A misspelt coroutine function at asyncio.run's call: CPython's
# NameError, with its suggestion, raised by the module's code.
import asyncio


async def main():
    print("never runs")


asyncio.run(mian())
