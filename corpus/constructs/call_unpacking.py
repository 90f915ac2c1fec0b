import asyncio


def show(*args, **kwargs):
    print(args, kwargs)


def pair(a, b, /, c=3, *, d):
    return a, b, c, d


async def main():
    opts = {"sep": "-", "end": "!\n"}
    print("a", "b", **opts)
    show(*[1, 2], **{"x": 1}, y=2)
    show(**{})
    print(pair(1, 2, d=4), pair(*(1, 2), **{"c": 5, "d": 6}))
    for call in [
        lambda: show(**1),
        lambda: show(x=1, **{"x": 2}),
        lambda: show(**{1: 2}),
        lambda: print(**{"x": 1}),
        lambda: len(**[]),
        lambda: [].append(**5),
        lambda: pair(1, 2, **{"a": 9, "d": 1}),
        lambda: pair(1, 2, 3, 4),
        lambda: pair(1, 2, 3, 4, d=1),
        lambda: pair(1),
        lambda: int(**3),
        lambda: ValueError(**3),
    ]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
