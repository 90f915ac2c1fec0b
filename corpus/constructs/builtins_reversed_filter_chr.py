# reversed(), filter(), functools.reduce(), chr(), ord(), bin(), hex() and
# oct(), with CPython's results, iterator types and errors; a reversed list
# read as it is now, a filter stepped lazily between awaits.
import asyncio
from functools import reduce


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        print("len")
        return len(self.cards)

    def __getitem__(self, i):
        print("get", i)
        return self.cards[i]


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


async def producer(name, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield f"{name}{i}"


async def main():
    xs = [1, 2, 3, 4]
    r = reversed(xs)
    print(type(r).__name__, next(r))
    xs.pop()
    xs.pop()
    print(list(r), list(reversed((1, 2, 3))), "".join(reversed("abc")), list(reversed(range(1, 10, 3))))
    print(type(reversed((1,))).__name__, type(reversed("a")).__name__, type(reversed(range(2))).__name__)
    print(list(reversed(Deck(["a", "b"]))), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
    # The length hint: the deck's own, a sequence iterator's, a finished one's.
    it = iter(Deck(["x", "y"]))
    print(list(Deck(["w"])), next(it), list(it), list(it), tuple(reversed(Deck(["z"]))))
    evens = filter(lambda x: x % 2 == 0, range(10))
    print(type(evens).__name__, next(evens), list(evens), list(filter(None, [0, 1, "", "a", [], None, 2.0])))
    print(list(filter(bool, [0, 1])), list(filter(str.isdigit if False else None, "a0")))
    words = [w async for w in producer("w", 3)]
    print(list(filter(lambda w: w.endswith("1"), words)))
    print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 1, 4]))
    print(reduce(lambda acc, w: acc + [w.upper()], words, []))
    print(chr(65), chr(0xE9), chr(0x1F600), repr(chr(10)), repr(chr(True)), ord("a"), ord("é"), ord("\n"))
    print(bin(5), bin(-5), bin(0), hex(255), hex(-255), oct(8), oct(-8), bin(True))
    for label, f in [
        ("reversed()", lambda: reversed()),
        ("reversed 2", lambda: reversed([1], 2)),
        ("reversed kw", lambda: reversed(x=1)),
        ("reversed set", lambda: reversed({1})),
        ("reversed int", lambda: reversed(5)),
        ("reversed iter", lambda: reversed(iter([1]))),
        ("filter 1", lambda: filter(None)),
        ("filter kw", lambda: filter(function=None, iterable=[1])),
        ("filter int", lambda: filter(None, 5)),
        ("chr()", lambda: chr()),
        ("chr -1", lambda: chr(-1)),
        ("chr big", lambda: chr(0x110000)),
        ("chr float", lambda: chr(1.5)),
        ("chr str", lambda: chr("a")),
        ("chr kw", lambda: chr(i=1)),
        ("ord ab", lambda: ord("ab")),
        ("ord empty", lambda: ord("")),
        ("ord int", lambda: ord(5)),
        ("bin float", lambda: bin(1.5)),
        ("hex str", lambda: hex("a")),
        ("oct 2", lambda: oct(1, 2)),
        ("reduce()", lambda: reduce()),
        ("reduce 1", lambda: reduce(max)),
        ("reduce empty", lambda: reduce(max, [])),
        ("reduce init", lambda: reduce(max, [], 0)),
        ("reduce int", lambda: reduce(max, 5)),
        ("reduce 4", lambda: reduce(max, [1], 2, 3)),
        ("reduce kw", lambda: reduce(max, [1, 2], initial=3)),
        ("reduce None", lambda: reduce(None, [1, 2])),
        ("reduce one", lambda: reduce(None, [1])),
    ]:
        t(label, f)


asyncio.run(main())
