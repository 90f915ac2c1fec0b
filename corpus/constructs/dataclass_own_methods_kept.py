# @dataclass: the user's __repr__/__eq__ are kept; the outer dataclass's
# == uses the inner custom __eq__.
import asyncio
from dataclasses import dataclass

@dataclass
class Money:
    amount: int
    currency: str = "USD"

    def __repr__(self):
        return f"{self.amount} {self.currency}"

    def __eq__(self, other):
        print(f"  custom eq {self!r} vs {other!r}")
        if isinstance(other, int):
            return self.amount == other
        if isinstance(other, Money):
            return self.amount == other.amount
        return NotImplemented

@dataclass
class Wallet:
    owner: str
    cash: Money

async def earn(w, n, delay):
    await asyncio.sleep(delay)
    w.cash = Money(w.cash.amount + n, w.cash.currency)
    print(w.owner, "now", w)
    return w.cash

async def main():
    w1 = Wallet("ann", Money(10))
    w2 = Wallet("bob", Money(5, "EUR"))
    r = await asyncio.gather(earn(w1, 5, 0.02), earn(w2, 10, 0.01))
    print(r)
    print("r0 == r1:", r[0] == r[1])
    print("r0 == 15:", r[0] == 15)
    print("15 == r0:", 15 == r[0])
    print("w1 == w2:", w1 == w2)
    print("w1 == Wallet('ann', 15):", w1 == Wallet("ann", 15))
    print("hash None:", Money.__hash__ is None)

asyncio.run(main())
