import asyncio
class Box:
    def __init__(self):
        self.items = [0]
    def add(self, n):
        self.items += (self.peek(i) for i in range(n))
    def peek(self, i):
        print("peek", i, len(self.items))
        return i
glob = [1]
def gadd():
    global glob
    glob += (len(glob) for _ in range(2))
async def main():
    b = Box()
    b.add(3)
    print(b.items)
    gadd()
    print(glob)
    d = {"k": [5]}
    d["k"] += (len(d["k"]) for _ in range(3))
    print(d)
    outer = [1]
    def nl():
        nonlocal outer
        outer += (len(outer) for _ in range(2))
    nl()
    print(outer)
    t = (1,)
    t += tuple(x for x in range(2))
    print(t)
    s = "a"
    s += "".join(c for c in "bc")
    print(s)
    st = {1}
    st.update(x for x in range(3))
    print(sorted(st))
    lst = [[0]]
    lst[0] += (len(lst[0]) for _ in range(2))
    print(lst)
asyncio.run(main())
