# An exception at the module level before asyncio.run: the traceback and
# exit status 1, and no loop ever runs.
import asyncio


async def main():
    print("never runs")


settings = {"retries": 3}
print("reading settings")
timeout = settings["timeout"]
asyncio.run(main())
