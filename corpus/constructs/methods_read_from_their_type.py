# A method read from its type (`str.lower`, a method_descriptor) is called
# with the object first: `key=str.lower`, `map(str.strip, lines)`, and
# CPython's TypeErrors for no object or one of another type.
import asyncio

async def fetch(name):
    await asyncio.sleep(0.01)
    return name

async def main():
    names = await asyncio.gather(*(fetch(n) for n in ["bob", "Alice", "carol", "Dave"]))
    print(sorted(names, key=str.lower))
    print(list(map(str.upper, names)))
    print(list(map(str.strip, ["  a ", "b  "])))
    print(str.lower, type(str.lower), str.lower == str.lower, callable(str.lower))
    print(str.split("a b  c"), str.split("a,b", ","), str.split("a b", sep=" "))
    print(str.join("-", names), list.count([1, 2, 1], 1), dict.get({"a": 1}, "a"), dict.get({}, "z", 0))
    d = {"x": 1}
    dict.update(d, {"y": 2})
    print(d, sorted(d.items(), key=tuple.__len__) if False else set.union({1}, {2}))
    items = [[3, 1], [2]]
    list.sort(items[0])
    print(items, list(map(list.copy, items)), list(map(len, items)))
    for bad in [(), (1,), ("a", 1)]:
        try:
            print(str.lower(*bad))
        except TypeError as e:
            print("TypeError:", e)
    try:
        list.append("x", 1)
    except TypeError as e:
        print("TypeError:", e)
    f = str.replace
    print(f("aaa", "a", "b"), f("hello", "l", "L", 1) if False else f("hello", "l", "L"))

asyncio.run(main())
