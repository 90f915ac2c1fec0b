# A method given a second name in its class body: `__repr__ = __str__`
# (one function under both names, named for the first: `__name__`,
# reprs, callbacks), a plain alias called on instances and read from the
# class, a comparison aliased, and an alias awaited as a coroutine method.
import asyncio

class Job:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return f"Job({self.n})"

    __repr__ = __str__

    def weight(self):
        return self.n * 2

    cost = weight

    def __lt__(self, other):
        return self.n < other.n

    def is_before(self, other):
        return self.n < other.n

    __gt__ = is_before

    async def run(self, log):
        await asyncio.sleep(0.1 * self.n)
        log.append(self.n)
        print("ran", self, self.cost())
        return self

    start = run

async def main():
    jobs = [Job(i) for i in (2, 0, 1)]
    print(jobs, str(jobs[0]), repr(jobs[1]), f"{jobs[2]!r}", "%r" % (jobs[0],))
    print(Job.__repr__.__name__, Job.__repr__ is Job.__str__, Job.cost is Job.weight)
    print(Job.cost, Job.start.__qualname__)
    print(sorted(jobs), jobs[0] > jobs[1], jobs[1] > jobs[0])
    log = []
    done = await asyncio.gather(*(j.start(log) for j in jobs))
    print(done, log)
    loop = asyncio.get_running_loop()
    h = loop.call_soon(jobs[0].__repr__)
    print(h)
    await asyncio.sleep(0)

# Two attributes naming one global are read twice, each when its line
# runs: only a method's other name is one object.
G = 1

def bump():
    global G
    G = 2
    return "bumped"

class Settings:
    a = G
    b = bump()
    c = G

print(Settings.a, Settings.b, Settings.c)

asyncio.run(main())
