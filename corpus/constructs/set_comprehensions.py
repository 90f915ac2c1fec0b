# Set comprehensions: `{expr for x in xs if cond}` adds each item in turn
# (CPython's SET_ADD), so a set of ints prints in its hash table's order;
# the loop variable stays inside; a set comprehension of tasks, waited on.
import asyncio

async def work(n):
    await asyncio.sleep(n / 100)
    return n % 3

async def main():
    squares = {x * x for x in range(-5, 6)}
    print(squares, len(squares))
    evens = {n for n in [8, 16, 3, 24, 32, 5] if n % 8 == 0}
    print(evens)
    pairs = {a * 10 + b for a in range(3) for b in range(3) if a != b}
    print(pairs)
    x = 100
    print({x for x in range(3)}, x)
    results = await asyncio.gather(*(work(i) for i in range(6)))
    print({r for r in results})
    tasks = {asyncio.create_task(work(i)) for i in range(3)}
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    names = {t.get_name() for t in done}
    print(len(names), "Task-9" in names)

asyncio.run(main())
