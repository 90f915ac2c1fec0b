import asyncio


def local_case():
    e = 1
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        print(e)
    except NameError as err:
        print(type(err).__name__, err)


async def main():
    local_case()
    x = 5
    try:
        raise KeyError("y")
    except KeyError as x:
        print("in handler", repr(x))
    try:
        print(x)
    except NameError as err:
        print(type(err).__name__, err)


asyncio.run(main())
