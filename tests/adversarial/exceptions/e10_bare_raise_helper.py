import asyncio


def reraise():
    raise


async def areraise():
    await asyncio.sleep(0)
    raise


async def main():
    try:
        try:
            raise ValueError("boom")
        except ValueError:
            reraise()
    except ValueError as e:
        print("caught", repr(e))
    try:
        reraise()
    except RuntimeError as e:
        print("outside:", e)
    try:
        try:
            raise KeyError("k")
        except KeyError:
            await areraise()
    except KeyError as e:
        print("async caught", repr(e))
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            try:
                raise KeyError("inner")
            except KeyError:
                pass
            raise
    except Exception as e:
        print("nested", repr(e))


asyncio.run(main())
