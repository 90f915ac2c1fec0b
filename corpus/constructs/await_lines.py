# A task paused at an `await` is on the await's line, also when the await
# sits on a continuation line of its statement: in a bracket, a
# comprehension, a conditional, an f-string, a loop's header, a subscript
# target, an await inside an await, and in a coroutine it awaits. The step
# view compares each paused frame's line with CPython's.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def helper():
    s = (
        await val('h'))
    print(1,
          await val(2))
    return s


async def main():
    xs = [await val(i)
          for i in await val([1, 2])]
    y = (await val(1)
         if await val(True)
         else 0)
    print(f"{xs}",
          f"{await val(3)}")
    while (
        await val(False)):
        pass
    for i in (
        await val([1])):
        d = {}
        d[
          await val('k')] = (
          await val(2))
    z = await (
        val(await
            val(5)))
    print(xs, y, z, d, await helper())
    await (
        asyncio.sleep(0.001))


asyncio.run(main())
