# issubclass(): the program's classes, exception classes (derived ones
# too), builtin types (bool is an int), tuples tried in order, and
# CPython's TypeErrors.
import asyncio

class Base(Exception):
    pass

class Child(Base):
    pass

class Plain:
    pass

class Sub(Plain):
    pass

async def main():
    await asyncio.sleep(0)
    print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, Exception))
    print(issubclass(Child, (KeyError, BaseException)), issubclass(ValueError, Exception))
    print(issubclass(Sub, Plain), issubclass(Plain, Sub), issubclass(Sub, (Child, Plain)))
    print(issubclass(bool, int), issubclass(int, bool), issubclass(str, (int, float)))
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.TimeoutError, OSError))
    print(issubclass(Plain, Exception), issubclass(KeyError, Plain))
    for args in [(1, int), (int, 1), (1, 1), (int, (int, 1)), (int, (1,))]:
        try:
            print(issubclass(*args))
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
