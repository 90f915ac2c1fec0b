# aclose() throws GeneratorExit into the async generator: chained only to
# what the generator itself handles, not to what its caller does.
import asyncio

async def agen():
    try:
        yield 1
    except GeneratorExit as ge:
        print(repr(ge.__context__))
        raise

async def main():
    ag = agen()
    await ag.__anext__()
    try:
        raise KeyError('k')
    except KeyError:
        await ag.aclose()

asyncio.run(main())
