import asyncio


async def main():
    d = {"a": 1, "b": 2}
    print(d.keys() == {"b": 0, "a": 5}.keys(), d.values() == d.values())
    v = d.values()
    print(v == v, d.items() == {"b": 2, "a": 1}.items(), d.items() == {"a": 1, "b": 3}.items())
    print(d.keys() == ["a", "b"], list(d.keys()) == ["a", "b"], d.keys() == d.keys())
    print(d.values() != d.values(), d.keys() != {"a": 0}.keys(), {}.keys() == {}.keys())
    print(d.keys(), d.values(), d.items())
    print("a" in d.keys(), 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
    print(list(reversed_list(d)))


def reversed_list(d):
    out = list(d)
    out.reverse()
    return out


asyncio.run(main())
