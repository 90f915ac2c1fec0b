# Rich comparison methods: PriorityQueue of tuples: tie-break on the 2nd
# element; an incomparable payload on a tie raises TypeError (the put
# still happened, qsize 2); the __lt__ call log.
import asyncio

class Payload:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"P({self.name})"

class Ord(Payload):
    def __lt__(self, other):
        print(f"  Ord.__lt__ {self.name} {other.name}")
        return self.name < other.name

async def main():
    q = asyncio.PriorityQueue()
    await q.put((2, 0, Payload("x")))
    await q.put((1, 1, Payload("y")))
    await q.put((2, 2, Payload("z")))
    await q.put((1, 3, Payload("w")))
    while not q.empty():
        item = await q.get()
        print("got", item)
        await asyncio.sleep(0.001)
    q2 = asyncio.PriorityQueue()
    await q2.put((1, Payload("a")))
    try:
        await q2.put((1, Payload("b")))
    except TypeError as e:
        print("TypeError:", e)
    print("q2 size", q2.qsize())
    q3 = asyncio.PriorityQueue()
    for n in ["m", "c", "t", "c"]:
        await q3.put((5, Ord(n)))
    res = []
    while not q3.empty():
        res.append(q3.get_nowait()[1].name)
    print(res)

asyncio.run(main())
