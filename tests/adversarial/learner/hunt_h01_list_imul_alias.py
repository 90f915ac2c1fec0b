import asyncio


async def double(buf):
    await asyncio.sleep(0)
    buf *= 2
    return buf


async def main():
    a = [1, 2]
    r = await double(a)
    print(a, r, r is a)
    b = [9]
    c = b
    b *= 0
    print(b, c)
    grid = [[1]]
    row = grid[0]
    grid[0] *= 3
    print(grid, row, grid[0] is row)
    x = [0]
    y = [x, x]
    x *= 2
    print(y)
    t = ([1],)
    try:
        t[0] *= 2
    except TypeError as e:
        print(e, t)


asyncio.run(main())
