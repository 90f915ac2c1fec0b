# Decorators in a class body: @property (with a setter, and without,
# where assigning is CPython's AttributeError), @staticmethod and
# @classmethod (also on an async method), read from the class and from
# an instance; a method defined twice keeps the second.
import asyncio

class Account:
    rate = 2

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        print("  (reading balance)")
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @staticmethod
    def describe(x):
        return f"account {x}"

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    @classmethod
    async def fetch(cls, owner):
        await asyncio.sleep(0.1)
        return cls(owner, 10 * cls.rate)

    @property
    def label(self):
        return self.owner.upper()

    def again(self):
        return "first"

    def again(self):
        return "second"

async def main():
    a = Account("ann", 5)
    print(a.balance)
    a.balance = 7
    print(a.balance, a._balance)
    try:
        a.balance = -1
    except ValueError as e:
        print("ValueError:", e)
    try:
        a.label = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    print(Account.describe(3), a.describe(4))
    b = Account.empty("bob")
    print(b.owner, b.balance, type(b).__name__)
    c = await Account.fetch("cy")
    print(c.balance, c.label)
    print(Account.empty)
    print(type(Account.balance).__name__, repr(Account.balance).startswith("<property object at 0x"))
    print(Account.__dict__ if False else "ok")
    d = await a.fetch("dee")
    print(d.label)
    print(repr(Account.describe).startswith("<function Account.describe at 0x"))
    print(a.again())
    print(staticmethod(print), type(classmethod(print)).__name__)
    try:
        staticmethod()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
