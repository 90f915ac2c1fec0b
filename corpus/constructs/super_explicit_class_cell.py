# A method naming `super` at all, as the two-argument `super(B, self)` of
# older code does, has CPython's implicit `__class__` cell, which step
# mode lists with its variables while it waits; one that does not name it
# has none.
import asyncio

class A:
    async def f(self, n):
        await asyncio.sleep(0.01 * n)
        return n

class B(A):
    async def f(self, n):
        total = await super(B, self).f(n)
        return total + 1

    async def g(self, n):
        return await A.f(self, n)

class C(B):
    async def f(self, n):
        return await super().f(n) * 10

async def main():
    print(await asyncio.gather(B().f(1), C().f(2), B().g(3)))

asyncio.run(main())
