# Rich comparison methods: == with no __eq__, and with __eq__ returning
# NotImplemented on both sides (identity fallback, 2 calls per ==, 2 per
# !=); == None; [c] == [c].
import asyncio

class NoEq:
    def __init__(self, n):
        self.n = n

class NIEq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f"  NIEq.__eq__({self.n})")
        return NotImplemented

async def compare(tag, x, y):
    await asyncio.sleep(0.01)
    print(tag, "==", x == y, "!=", x != y)

async def main():
    a = NoEq(1)
    b = NoEq(1)
    c = NIEq(2)
    d = NIEq(2)
    await asyncio.gather(
        compare("a,a", a, a),
        compare("a,b", a, b),
        compare("c,c", c, c),
        compare("c,d", c, d),
        compare("c,a", c, a),
        compare("c,3", c, 3),
    )
    print(a == None, c == None, None == c)
    print([c] == [c], [c] == [d])

asyncio.run(main())
