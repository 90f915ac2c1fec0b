# The asyncio docs keep "fire-and-forget" tasks alive by holding them in a
# set and letting each task remove itself when done, via
# add_done_callback(background_tasks.discard). A learner sees the set shrink
# as tasks finish, that `task in s` works, and that a set of tasks is best
# read through sorted names (CPython orders it by memory address).
import asyncio

background_tasks = set()


async def chore(name, delay):
    await asyncio.sleep(delay)
    print(f"  {name} finished; {len(background_tasks)} still in the set before its callback")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    for i in range(5):
        task = asyncio.create_task(chore(f"chore{i}", 0.05 * ((i * 3) % 5 + 1) - 0.02), name=f"chore{i}")
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("started", len(background_tasks), names(background_tasks))
    first = task
    while background_tasks:
        await asyncio.sleep(0.05)
        print("tick", len(background_tasks), names(background_tasks))
    print("last created still in set?", first in background_tasks, first.done())

    # adding the same task twice keeps one
    s = set()
    t = asyncio.create_task(chore("solo", 0.01), name="solo")
    s.add(t)
    s.add(t)
    print("twice", len(s), t in s)
    for member in s:
        print("only member", member.get_name(), member is t)
    await t
    s.discard(t)
    print("after discard", len(s), t in s)
    s.discard(t)
    print("discard again is fine", len(s))
    try:
        s.remove(t)
    except KeyError:
        print("remove missing task -> KeyError")

    # a set of tasks handed to wait
    group = set()
    for i in range(3):
        group.add(asyncio.create_task(chore(f"g{i}", 0.02 * (3 - i)), name=f"g{i}"))
    done, pending = await asyncio.wait(group, return_when=asyncio.FIRST_COMPLETED)
    print("wait on a set:", names(done), names(pending))
    print("done is a subset of group:", all(t in group for t in done))
    for t in done:
        group.discard(t)
    print("group now", names(group))
    done, pending = await asyncio.wait(group)
    print("rest", names(done), len(pending))

    # gather over a set (sorted first: CPython orders a set of tasks by
    # address)
    many = set()
    for i in range(4):
        many.add(asyncio.create_task(chore(f"m{i}", 0.01), name=f"m{i}"))
    results = await asyncio.gather(*sorted(many, key=lambda t: t.get_name()))
    print("gather over set", sorted(results))

    # callbacks run after the task finishes, in the order added
    log = []
    tracked = set()
    t = asyncio.create_task(chore("cb", 0.01), name="cb")
    tracked.add(t)
    t.add_done_callback(lambda fut: log.append(("first", fut.get_name(), fut in tracked)))
    t.add_done_callback(tracked.discard)
    t.add_done_callback(lambda fut: log.append(("third", fut.get_name(), fut in tracked)))
    await asyncio.sleep(0.05)
    print("callback log", log)

    # pop from a one-task set
    one = set([asyncio.create_task(chore("popme", 0.01), name="popme")])
    popped = one.pop()
    print("popped", popped.get_name(), len(one))
    await popped

    # a cancelled task also leaves the set
    bg = set()
    t = asyncio.create_task(chore("victim", 1), name="victim")
    bg.add(t)
    t.add_done_callback(bg.discard)
    await asyncio.sleep(0)
    t.cancel()
    print("right after cancel()", len(bg))
    await asyncio.sleep(0)
    print("one step later", len(bg), t.cancelled())
    await asyncio.sleep(0)
    print("two steps later", len(bg))

    # sets of tasks compare by identity
    a = asyncio.create_task(chore("x", 0), name="x")
    b = asyncio.create_task(chore("x", 0), name="x")
    print("same name, different tasks", len(set([a, b])), a in set([b]))
    await asyncio.gather(a, b)
    print("set of one", [t.get_name() for t in set([a])])


asyncio.run(main())
