import asyncio


async def main():
    xs = [0, 1, 2, 3, 4, 5]
    print(xs[::-2], xs[10:], xs[-100:2], xs[4:1], xs[4:1:-1], xs[-1:-7:-1], xs[::3])
    print("hello"[::-1], (1, 2, 3)[1:], "abc"[-10:10], xs[1:-1], xs[-2:], "abcdef"[5:0:-2])
    for i in [6, -7]:
        try:
            print(xs[i])
        except IndexError as e:
            print(e)
    try:
        print((1,)[3])
    except IndexError as e:
        print(e)
    try:
        print("ab"[5])
    except IndexError as e:
        print(e)
    try:
        print(xs[1:-1:0])
    except ValueError as e:
        print(e)
    try:
        xs[10] = 1
    except IndexError as e:
        print(e)
    xs[-1] = "last"
    print(xs, xs[True], xs[False:True])


asyncio.run(main())
