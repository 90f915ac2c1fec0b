import asyncio


async def main():
    print(repr(range(0)), range(1, 10, 2), repr(range(-5)), range(3, 0, -1), [range(2)])
    d = {"a": 1, "b": [2, 3]}
    print(d.keys(), d.values(), d.items())
    print(repr({}.keys()), repr({}.items()), str({1: (2,)}.values()))
    print(None, repr(None), True, repr(False), [None, True], (None,))
    print([[], {}, (), (1,), [()], [[[]]], {"k": {}}, ((), ())])
    print({(1, 2): [3], None: None, 1.5: "f", True: False})
    for x in [1e16, 1e15, 1e-5, 0.0001, -0.0, float("inf"), -float("inf"), float("nan"),
              0.1 + 0.2, 1 / 3, 2.5e-7, 123456789012345678.0, 1e22, 1.0, 100.0, 5e-324,
              1.7976931348623157e308, 2 ** 0.5, -1e-10, 12345.678]:
        print(x, repr(x), str(x), [x], f"{x}", f"{x!r}")
    for s in ["it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "nul\x00", "del\x7f",
              "é", "\u200b", "\\", "\U0001F600", "\x1b[0m", ""]:
        print(repr(s), [s], (s,), {s: s})


asyncio.run(main())
