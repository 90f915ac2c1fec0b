# PEP 584: `a | b` makes a new dict, `a |= b` updates `a` in place (from a
# mapping or pairs), as `dict.update` does.
import asyncio


async def main():
    a = {1: "a", 2: "b"}
    b = {2: "B", 3: "c", 1.0: "A"}
    print(a | b, b | a, a)
    alias = a
    a |= b
    print(a, alias is a, alias)
    a |= [(4, "d"), (5, "e")]
    print(a)
    big = {i: i for i in range(12)}
    big |= {i: -i for i in range(6, 20)}
    print(len(big), big[7], list(big)[-3:])
    for other in ([1, 2], 5):
        try:
            a | other
        except TypeError as e:
            print("TypeError:", e)
    try:
        a |= 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        a |= [1]
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
