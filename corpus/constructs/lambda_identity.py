# Each time a lambda expression runs, it makes a new function: two are
# never the same object, so == and `in` tell them apart. A key function
# that changes the list being sorted makes list.sort raise; a lambda
# called with the wrong arguments is named as CPython names it.
import asyncio
def make():
    return lambda x: x


made = [make() for _ in range(3)]
print(made[0] == made[1], made[0] is made[0], made.index(made[2]), make()(7))
# A key function that changes the list being sorted: list.sort sees it.
items = [3, 1, 2]
try:
    items.sort(key=lambda x: items.append(x) or x)
except ValueError as e:
    print("ValueError:", e, items)
print(sorted(items, key=lambda x: -x))
try:
    sorted([1], key=lambda a, b: a)
except TypeError as e:
    print(e)


async def main():
    ops = {"add": lambda a, b: a + b, "neg": lambda a: -a}
    print(ops["add"](2, 3), ops["neg"](4), ops["add"] == ops["neg"])
    try:
        ops["neg"](1, 2)
    except TypeError as e:
        print(e)


asyncio.run(main())
