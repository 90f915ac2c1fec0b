# Shut down after main raised, asyncio.run cancels what is left while it
# handles main's exception: the CancelledError thrown in chains to it.
import asyncio
async def t():
    try:
        await asyncio.sleep(10)
    finally:
        try:
            raise KeyError('k')
        except KeyError as e:
            print(repr(e.__context__), repr(e.__context__.__context__))
async def main():
    asyncio.create_task(t())
    await asyncio.sleep(0)
    raise ValueError('v')
try:
    asyncio.run(main())
except ValueError as e:
    print("main raised", repr(e))
