# CPython's AST optimizer makes a list display that a comprehension
# iterates a tuple (not one an `async for` statement iterates), which only
# the TypeError of an async clause over it shows.
import asyncio


async def more():
    xs = [1]
    try:
        print([x async for x in [*xs, 2]])
    except TypeError as e:
        print(e)
    try:
        print([y for y in [1] async for x in [3, 4]])
    except TypeError as e:
        print(e)


async def main():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        print([x async for x in [1, main]])
    except TypeError as e:
        print(e)
    try:
        print([x async for x in [[1], 2]])
    except TypeError as e:
        print(e)
    try:
        print({x: 1 async for x in []})
    except TypeError as e:
        print(e)
    await more()


asyncio.run(main())
