import asyncio


async def main():
    print(int("١٢٣"), int("٣"), int("０１２"), int("۴۵"), int("१२"), int("١_٢"))
    print(float("١.٥"), float("０.５"), int("𝟗𝟖"), float("-١٢e١"))
    try:
        int("²")
    except ValueError as e:
        print(e)
    try:
        int("½")
    except ValueError as e:
        print(e)


asyncio.run(main())
