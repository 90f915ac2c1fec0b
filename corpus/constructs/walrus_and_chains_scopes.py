# Assignment expressions and chained assignments in every scope: a cell a
# closure reads, a global, a nonlocal, and a name bound twice at once.
import asyncio

class Config:
    size = 6
    a = "shared"

def outer():
    def inner():
        return total
    if (total := 10) > 5:
        print("set", total)
    x = y = inner
    return x(), y is x

counter = 0
def bump():
    global counter
    if (counter := counter + 1) > 0:
        return counter

def make():
    count = 0
    def inc():
        nonlocal count
        (count := count + 1)
        a = b = count
        return a + b
    return inc

async def main():
    print(Config.size, Config.a)
    print(outer())
    print(bump(), bump(), counter)
    f = make()
    print(f(), f())
    data = [1, 2, 3]
    if (m := max(data)) > 2 and (s := sum(data)):
        print(m, s)
    print([i for i in range(3)], m)
    t = u = asyncio.create_task(asyncio.sleep(0, "r"))
    print(await t, t is u)

asyncio.run(main())
