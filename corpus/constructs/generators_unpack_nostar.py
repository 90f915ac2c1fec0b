import asyncio

def counted(n):
    for i in range(n):
        print("yield", i)
        yield i
    print("exhausted")

async def main():
    try:
        a, b = counted(5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        a, b, c = counted(2)
    except ValueError as e:
        print("ValueError:", e)
    a, b = counted(2)
    print(a, b)
    [x] = counted(1)
    print(x)
    def f(*args):
        return args
    print(f(*counted(2)))
    print([*counted(2), *counted(1)])
    print(dict(zip("ab", counted(2))))

asyncio.run(main())
