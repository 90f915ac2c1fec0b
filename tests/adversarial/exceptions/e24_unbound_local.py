import asyncio


def bump():
    try:
        print(counter)
    except NameError as e:
        print(type(e).__name__, e)
    counter = 1
    return counter


async def main():
    print(bump())
    try:
        print(undefined_name)
    except NameError as e:
        print(e)


asyncio.run(main())
