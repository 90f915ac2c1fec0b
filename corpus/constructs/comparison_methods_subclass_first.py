# Rich comparison methods: the reflected method of a subclass on the right
# runs first; this holds even when the subclass does NOT override it
# (Derived2).
import asyncio

class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  Base.__lt__({type(self).__name__}, {type(other).__name__})")
        return self.v < other.v
    def __gt__(self, other):
        print(f"  Base.__gt__({type(self).__name__}, {type(other).__name__})")
        return self.v > other.v
    def __eq__(self, other):
        print(f"  Base.__eq__({type(self).__name__}, {type(other).__name__})")
        return self.v == other.v

class Derived(Base):
    def __gt__(self, other):
        print(f"  Derived.__gt__({type(self).__name__}, {type(other).__name__})")
        return "derived-gt"
    def __eq__(self, other):
        print(f"  Derived.__eq__({type(self).__name__}, {type(other).__name__})")
        return "derived-eq"

class Derived2(Base):
    pass

async def main():
    b = Base(1)
    d = Derived(2)
    d2 = Derived2(3)
    await asyncio.sleep(0.01)
    print("b < d:", b < d)
    await asyncio.sleep(0.01)
    print("d < b:", d < b)
    print("b == d:", b == d)
    print("d == b:", d == b)
    await asyncio.sleep(0.01)
    print("b < d2:", b < d2)
    print("b == d2:", b == d2)
    print("d < d2:", d < d2)
    print("d2 < d:", d2 < d)

asyncio.run(main())
