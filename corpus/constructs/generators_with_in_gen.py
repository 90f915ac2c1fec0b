import asyncio

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False

def lines(name):
    with Res(name):
        yield name + "1"
        yield name + "2"

async def reader(name):
    for l in lines(name):
        print("read", l)
        await asyncio.sleep(0)
        if l.endswith("1") and name == "b":
            break
    print(name, "done")

async def main():
    await asyncio.gather(reader("a"), reader("b"))
    g = lines("c")
    next(g)
    g.close()
    g = lines("d")
    print(next(g))
    print("main end")

asyncio.run(main())
