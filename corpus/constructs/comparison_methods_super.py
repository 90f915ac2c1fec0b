# Rich comparison methods: super().__eq__/super().__lt__ in a subclass;
# the reflected subclass __eq__ runs first (cat == rex).
import asyncio

class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs
    def __eq__(self, other):
        print(f"  Animal.__eq__ {self.name} {other.name}")
        return self.legs == other.legs
    def __lt__(self, other):
        print(f"  Animal.__lt__ {self.name} {other.name}")
        return self.legs < other.legs
    def __repr__(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    def __init__(self, name, weight):
        super().__init__(name, 4)
        self.weight = weight
    def __eq__(self, other):
        base = super().__eq__(other)
        print(f"  Dog.__eq__ base={base}")
        if isinstance(other, Dog):
            return base and self.weight == other.weight
        return base
    def __lt__(self, other):
        if isinstance(other, Dog) and self.legs == other.legs:
            return self.weight < other.weight
        return super().__lt__(other)

async def make(cls, *args, delay=0.01):
    await asyncio.sleep(delay)
    return cls(*args)

async def main():
    rex, fido, bird, cat = await asyncio.gather(
        make(Dog, "rex", 30), make(Dog, "fido", 12, delay=0.02),
        make(Animal, "tweety", 2, delay=0.005), make(Animal, "tom", 4))
    print("rex == fido:", rex == fido)
    print("rex == cat:", rex == cat)
    print("cat == rex:", cat == rex)
    print("bird < rex:", bird < rex)
    print("fido < rex:", fido < rex)
    print("sorted:", sorted([rex, bird, fido]))

asyncio.run(main())
