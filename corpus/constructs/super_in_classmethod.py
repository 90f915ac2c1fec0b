# super() in a classmethod: the base's classmethod bound to the class the
# call came through, a plain function read as it is, and an async
# classmethod factory awaited in a task.
import asyncio


class Base:
    registry = []

    @classmethod
    def make(cls, name):
        Base.registry.append(f"{cls.__name__}:{name}")
        return cls()

    @classmethod
    async def create(cls, delay):
        await asyncio.sleep(delay)
        return cls.make(f"after {delay}")

    @staticmethod
    def kind():
        return "base"


class Child(Base):
    @classmethod
    def make(cls, name):
        made = super().make(name.upper())
        print("Child.make made", type(made).__name__, super().kind())
        return made

    @classmethod
    async def create(cls, delay):
        made = await super().create(delay)
        print("created", type(made).__name__)
        return made


async def main():
    made = await asyncio.gather(Child.create(0.2), Base.create(0.1), Child.create(0.1))
    print([type(m).__name__ for m in made])
    print(Base.registry)


asyncio.run(main())
