# __class__ in a method, and in a comprehension inside one: the method's
# class, as CPython's implicit cell gives it.
import asyncio

class A:
    def m(self):
        return [__class__ for _ in range(1)]

async def main():
    print(A().m())

asyncio.run(main())
