# An exception raised while another is handled keeps it as __context__,
# and an uncaught one is reported after its context: "During handling of
# the above exception, another exception occurred".
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ValueError("from a task")


async def main():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            print(repr(e.__context__))
            raise KeyError("k")
    except KeyError as e:
        print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    try:
        raise ValueError("plain")
    except ValueError:
        pass
    try:
        await asyncio.create_task(fails())
    except ValueError as e:
        print("context of an awaited task's exception:", repr(e.__context__))
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise NameError("c")


asyncio.run(main())
