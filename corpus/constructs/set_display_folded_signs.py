# A set display of three or more constants is folded by CPython's compiler
# first, which decides its order; a sign of folded arithmetic folds too.
import asyncio


async def main():
    print({-13, 27, 1, -(4*8)})
    print({-13, 27, 1, -2**5})
    print({-13, 27, 1, -(+32)})
    print({5, 3, +(2*4), -(-9)})
    x = 4
    print({-13, 27, 1, -(x*8)})


asyncio.run(main())
