import asyncio

async def main():
    global fresh
    try:
        raise ValueError("v")
    except ValueError as fresh:
        print(type(fresh).__name__)
    print(helper())


def helper():
    try:
        return fresh
    except NameError as e:
        return "NameError " + str(e)


asyncio.run(main())
