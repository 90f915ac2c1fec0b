import asyncio

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad")

async def main():
    saved = None
    try:
        await bad()
    except ValueError as e:
        saved = e
    print("saved", repr(saved))
    try:
        raise TimeoutError("late") from saved
    except TimeoutError as t:
        print(repr(t.__cause__), t.__context__ is None)
    raise LookupError("end") from saved

asyncio.run(main())
