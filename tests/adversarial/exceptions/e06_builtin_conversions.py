import asyncio


async def main():
    for s in ["abc", "", " ", "1.5", "0x10", "1e3"]:
        try:
            int(s)
        except ValueError as e:
            print(e)
    try:
        int(None)
    except TypeError as e:
        print(e)
    try:
        int([1])
    except TypeError as e:
        print(e)
    try:
        float(None)
    except TypeError as e:
        print(e)
    try:
        float([])
    except TypeError as e:
        print(e)
    try:
        abs("a")
    except TypeError as e:
        print(e)


asyncio.run(main())
