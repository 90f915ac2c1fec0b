import asyncio


async def main():
    try:
        raise 5
    except TypeError as e:
        print(e)
    try:
        raise "msg"
    except TypeError as e:
        print(e)
    try:
        raise ValueError
    except ValueError as e:
        print(repr(e), e.args)


asyncio.run(main())
