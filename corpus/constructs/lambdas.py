# Lambdas, as values and as key= functions: sorted, max, min and list.sort
# call a function of the program (a lambda or a def) for each item, and what
# it prints or raises happens there. A lambda reads its parameters and the
# module's variables (closures are refused).
import asyncio

SCORES = {"b": 2, "a": 3, "c": 1}
double = lambda x: x * 2
by_score = lambda name: SCORES[name]


def last_letter(word):
    print("key of", word)
    return word[-1]


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return (name, SCORES[name] * 10)


async def main():
    results = await asyncio.gather(*(fetch(n, d) for n, d in [("a", 0.2), ("b", 0.1), ("c", 0.3)]))
    print(sorted(results, key=lambda r: r[1]))
    print(sorted(results, key=lambda r: r[1], reverse=True))
    print(max(results, key=lambda r: -r[1]), min(SCORES, key=by_score))
    words = ["kiwi", "apple", "fig"]
    words.sort(key=last_letter)
    print(words, double(21), (lambda: "no params")())
    print((lambda a, b: a + b)(1, 2), double.__name__, repr(lambda: 0)[:32], repr(double)[:19])
    try:
        sorted([1, 0], key=lambda x: 1 / x)
    except ZeroDivisionError as e:
        print("key raised:", e)


asyncio.run(main())

