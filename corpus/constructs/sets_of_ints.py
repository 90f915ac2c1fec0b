# A set keeps each value once and answers `in` quickly, but its order is
# not the order you added things: it comes from each number's hash and the
# size of the hidden table, which grows as the set fills. A learner sees the
# order CPython really prints, how pop() picks, and the errors sets raise.
import asyncio


def show(label, s):
    print(label, s, len(s), sorted(s))


async def main():
    s = set()
    show("empty", s)
    s = set([3, 1, 2, 3, 1])
    show("dedup", s)
    s.add(10)
    s.add(-5)
    s.add(3)
    show("after adds", s)
    s.discard(1)
    s.discard(100)
    show("after discards", s)
    s.remove(2)
    show("after remove", s)
    print("in", 3 in s, 2 in s, -5 in s, 99 not in s)

    # numbers that collide modulo 8 and 32
    c8 = set([8, 16, 0, 24, 32, 1, 9])
    show("mod 8", c8)
    c32 = set([64, 32, 0, 96, 33, 1, 65])
    show("mod 32", c32)
    rev = set([40, 32, 24, 16, 8, 0])
    show("reverse mod 8", rev)

    # negatives and big numbers (hash(-1) == hash(-2))
    neg = set([-1, -2, -3, 0, 1, 2, -8, -16])
    show("negatives", neg)
    # (Interleave's ints are 64-bit, so stay within +-2**63)
    big = set([10**18, 2**61 - 1, 2**61, 2**62 + 5, 2**63 - 1, -(2**63), -(2**61) + 1, 7, 9223372036854775000])
    show("big", big)

    # bools are ints
    b = set([1, True, 0, False, 2])
    print("bools", b, len(b))
    hs = set([2**61 - 1, 0, 2**61, 1, 2 * (2**61 - 1) + 3, 3, -(2**61 - 1)])
    print("equal hashes", hs, len(hs))

    # many elements: the table grows several times
    many = set()
    for i in range(0, 200, 7):
        many.add(i * 13 % 101)
    print("many", many)
    print("many len", len(many))
    grow = set()
    for i in range(40):
        grow.add((i * 37) % 64 - 10)
        if i in (4, 5, 9, 18, 19, 39):
            print("grow", i, grow)
    print("for order:", [x for x in grow])

    # pop order, with adds in between
    p = set([5, 13, 21, 2, 100, 64, 0])
    order = []
    while len(p) > 3:
        order.append(p.pop())
    print("popped", order, "left", p)
    p.add(29)
    p.add(1)
    print("after re-adding", p)
    while p:
        order.append(p.pop())
    print("popped all", order, p)

    # remove then re-add changes where things sit
    r = set(range(10))
    for x in [2, 4, 6]:
        r.remove(x)
    print("holes", r)
    r.add(18)
    r.add(4)
    print("refilled", r)

    # update, copy, clear, ==
    u = set([1, 2])
    u.update([3, 4], [40, 1], range(5, 8))
    print("update", u)
    u2 = u.copy()
    u2.add(99)
    print("copy independent", u == u2, len(u), len(u2))
    u2.discard(99)
    print("equal again", u == u2, u != u2)
    print("order-insensitive ==", set([1, 2, 3]) == set([3, 2, 1]))
    print("set vs list", set([1]) == [1])
    u.clear()
    print("cleared", u, len(u), bool(u))
    u.update(set([9, 8, 17]))
    print("update from set", u)
    w = set([1, 2, 3])
    w.update(set([8, 16]))
    print("update grows first", w)
    w2 = set([1, 2, 3])
    w2.update([8, 16])
    print("update from list", w2)
    print("set of dict keys", set({1: "a", 2: "b", 3: "c", 4: "d", 16: "e"}))

    # sorted and for
    total = 0
    for x in set([5, 3, 9, 3, 5]):
        total += x
    print("sum via for", total, sorted(set([5, 3, 9]), reverse=True))

    # sets inside other things
    d = {"a": set([3, 1]), "b": set()}
    d["b"].add(7)
    print("dict of sets", d)
    print("list of sets", [set([2, 1]), set([0])])


asyncio.run(main())
