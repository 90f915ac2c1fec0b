import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    tries = ["1 / 0", "{}['k']", "[][1]", "int('x')", "'a' + 1", "undefined", "timeout", "cancel",
             "None.x", "len(5)", "[].pop()", "{}.pop('z')", "[1].index(2)", "[1].remove(5)"]
    for what in tries:
        try:
            if what == "1 / 0":
                x = 1 / 0
            elif what == "{}['k']":
                x = {}['k']
            elif what == "[][1]":
                x = [][1]
            elif what == "int('x')":
                x = int('x')
            elif what == "'a' + 1":
                x = 'a' + 1
            elif what == "undefined":
                x = undefined_name
            elif what == "timeout":
                x = await asyncio.wait_for(slow(), 0.01)
            elif what == "cancel":
                t = asyncio.create_task(slow())
                await asyncio.sleep(0)
                t.cancel()
                x = await t
            elif what == "None.x":
                x = None.x
            elif what == "len(5)":
                x = len(5)
            elif what == "[].pop()":
                x = [].pop()
            elif what == "{}.pop('z')":
                x = {}.pop('z')
            elif what == "[1].index(2)":
                x = [1].index(2)
            else:
                x = [1].remove(5)
        except BaseException as e:
            print(f"{what:>14} -> {type(e)} {e!r} [{e}] {e.args}")


asyncio.run(main())
