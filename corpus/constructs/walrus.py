# Assignment expressions (`:=`), as modern tutorials write a consumer's
# loop: bound in the function (or the module) as an assignment binds,
# evaluated where they stand.
import asyncio

total = 0


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        await asyncio.sleep(0.01)
    await queue.put(None)


async def consumer(name, queue):
    seen = []
    while (item := await queue.get()) is not None:
        seen.append(item)
        if (n := len(seen)) % 2 == 0:
            print(f"{name} has {n} items, last {item}")
    print(name, "done with", seen, "item is", item)
    return seen


def first_long(words):
    for w in words:
        if (size := len(w)) > 4:
            return w, size
    return None, size


async def main():
    global total
    queue = asyncio.Queue()
    results = await asyncio.gather(producer(queue, [1, 2, 3, 4, 5]), consumer("c", queue))
    print(results[1])
    print(first_long(["ab", "abcdef", "x"]), first_long(["a"]))
    print([y := 5, y ** 2], y)
    data = {"a": 1}
    if (value := data.get("b")) is None:
        print("missing, value is", value)
    print(max((total := total + 10), 3), total)
    f = lambda x: (z := x * 2) + z
    print(f(4))


if (answer := 42) > 40:
    print("module-level answer", answer)
asyncio.run(main())
print(answer, total)
