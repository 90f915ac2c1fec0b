import asyncio


async def main():
    x = None
    try:
        x += 1
    except TypeError as e:
        print(e)
    x = "a"
    try:
        x -= 1
    except TypeError as e:
        print(e)
    x = [1]
    try:
        x += 1
    except TypeError as e:
        print(e)
    x = (1,)
    try:
        x += [2]
    except TypeError as e:
        print(e)
    x = "a"
    try:
        x += 1
    except TypeError as e:
        print(e)
    x = 1
    try:
        x += "a"
    except TypeError as e:
        print(e)
    x = [1]
    try:
        x *= "a"
    except TypeError as e:
        print(e)
    x = {"a": 1}
    try:
        x += {"b": 2}
    except TypeError as e:
        print(e)
    x = 2
    try:
        x **= "a"
    except TypeError as e:
        print(e)
    x = [1]
    x += "ab"
    x += (3,)
    x += {"k": 1}
    print(x)


asyncio.run(main())
