# super() through three levels, class attributes shadowed by subclasses and
# instances, and super() where 3.11 cannot find the object.
import asyncio

class Base:
    greeting = "hello"
    def __init__(self):
        self.log = []
    def greet(self, who):
        self.log.append(who)
        return f"{self.greeting} {who}"

class Loud(Base):
    greeting = "HEY"
    def greet(self, who):
        return super().greet(who.upper()) + "!"

class Louder(Loud):
    def __init__(self, times):
        super().__init__()
        self.times = times
    def greet(self, who):
        base = super().greet(who)
        return " ".join(base for _ in range(self.times))

class Mixed(Base):
    def greet(self, who):
        # In 3.11 a generator expression is a function of its own, whose
        # first argument is the iterator: super() there fails.
        return " ".join(super().greet(w) for w in [who])


async def main():
    for obj in [Base(), Loud(), Louder(2)]:
        print(obj.greet("bob"), obj.log, type(obj).__name__)
    x = Louder(1)
    Loud.greeting = "YO"
    print(x.greet("al"), Base.greeting, Louder.greeting)
    x.greeting = "mine"
    print(x.greet("al"))
    print(isinstance(x, Base), isinstance(Base(), Louder))
    print(Louder.__name__)
    try:
        print(Mixed().greet("x"))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
