# Rich comparison methods: a < b < c evaluation order and short-circuit; a
# chain returns the last non-bool value.
import asyncio

class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}")
        return self.v < other.v
    def __le__(self, other):
        print(f"  {self.v} <= {other.v}")
        return "le-result" if self.v <= other.v else ""
    def __eq__(self, other):
        print(f"  {self.v} == {other.v}")
        return self.v == other.v

async def main():
    a, b, c = C(1), C(2), C(3)
    await asyncio.sleep(0.01)
    print("a < b < c:", a < b < c)
    print("c < b < a:", c < b < a)
    print("a < c < b:", a < c < b)
    await asyncio.sleep(0.01)
    print("a <= b <= c:", a <= b <= c)
    print("a <= b == b:", a <= b == b)
    print("b <= a <= c:", repr(b <= a <= c))
    print("a == a < b:", a == a < b)

asyncio.run(main())
