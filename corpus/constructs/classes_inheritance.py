# Single inheritance three levels deep: overriding plain and async methods,
# super().__init__ and super().method(), isinstance against the bases.
import asyncio


class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name
        self.log = []

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} {self.name} with {self.legs} legs"

    async def move(self, delay):
        await asyncio.sleep(delay)
        self.log.append("moved")
        print(f"{self.name} moves")
        return self.name


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick

    def speak(self):
        return super().speak() + "!"

    async def move(self, delay):
        name = await super().move(delay)
        print(f"{name} also does {self.trick}")
        return name + "+" + self.trick


class Puppy(Dog):
    legs = 4

    def __init__(self, name):
        super().__init__(name, "roll")
        self.age = 0

    def speak(self):
        return super().speak().upper()


class Bird(Animal):
    sound = "tweet"
    legs = 2

    async def move(self, delay):
        print(f"{self.name} takes off")
        await asyncio.sleep(delay)
        print(f"{self.name} lands")
        return f"{self.name} flew"


async def main():
    zoo = [Animal("thing"), Dog("rex", "sit"), Puppy("bit"), Bird("tweety")]
    for a in zoo:
        print(a.speak(), "|", a.describe())
    for a in zoo:
        print(a.name, isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Puppy), isinstance(a, Bird))
    p = zoo[2]
    print(p.trick, p.age, p.sound, Puppy.sound, Puppy.legs, Bird.legs)
    print(type(p).__name__, p.__class__.__name__, Dog.__name__, Animal.__name__)
    results = await asyncio.gather(*(a.move(0.1 * (i + 1)) for i, a in enumerate(zoo)))
    print(results)
    print([a.log for a in zoo])
    t = asyncio.create_task(p.move(0.1))
    u = asyncio.create_task(zoo[3].move(0.05))
    print(await u)
    print(await t)
    print(p.log, zoo[1].log is p.log)
    print(isinstance(p, Bird) or isinstance(p, Dog), isinstance(3, Animal))


asyncio.run(main())
