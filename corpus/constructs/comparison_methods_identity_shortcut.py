# Rich comparison methods: __eq__ always False: a == a False, but
# in/index/count/remove/list ==/tuple == use identity first (counts the
# calls).
import asyncio

class NeverEq:
    calls = 0
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        NeverEq.calls += 1
        print(f"  NeverEq.__eq__ {self.tag}")
        return False
    def __repr__(self):
        return f"N{self.tag}"

async def main():
    a = NeverEq("a")
    b = NeverEq("b")
    lst = [b, a]
    await asyncio.sleep(0.01)
    print("a == a:", a == a)
    print("a in lst:", a in lst)
    print("calls", NeverEq.calls)
    print("lst.index(a):", lst.index(a))
    print("lst.count(a):", lst.count(a))
    print("calls", NeverEq.calls)
    await asyncio.sleep(0.01)
    print("[a] == [a]:", [a] == [a])
    print("(a,) == (a,):", (a,) == (a,))
    print("[a] != [a]:", [a] != [a])
    print("calls", NeverEq.calls)
    c = NeverEq("c")
    print("[a, b] == [a, c]:", [a, b] == [a, c])
    print("calls", NeverEq.calls)
    lst.remove(a)
    print("after remove:", lst)
    d = {"k": a}
    print("a in d.values():", a in d.values())
    print("final calls", NeverEq.calls)

asyncio.run(main())
