import asyncio
async def main():
    a = []
    a.append(a)
    b = []
    b.append(b)
    print(a == a, [a] == [a])
    try:
        print(a == b)
    except RecursionError as e:
        print("RecursionError", e)
    x = []
    y = x
    for i in range(2000):
        y = [y]
    z = []
    w = z
    for i in range(2000):
        w = [w]
    try:
        print(y == w)
    except RecursionError as e:
        print("RecursionError", e)
asyncio.run(main())
