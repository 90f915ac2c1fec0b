# functools.total_ordering: functools.total_ordering from __eq__+__lt__ (<=, >, >= call counts); 
# TypeError messages with the derived operators.
import asyncio
from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        print(f"  lt {self.cents} {other.cents}")
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"

async def pay(amount, delay):
    await asyncio.sleep(delay)
    return Money(amount)

async def main():
    ms = await asyncio.gather(pay(150, 0.02), pay(99, 0.01), pay(150, 0.03))
    a, b, c = ms
    print(ms)
    print("a <= c:", a <= c)
    print("a > b:", a > b)
    print("a >= b:", a >= b)
    print("b >= a:", b >= a)
    print("a == c:", a == c)
    print("a != b:", a != b)
    print("sorted:", sorted(ms))
    try:
        print(a <= 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a > "x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
