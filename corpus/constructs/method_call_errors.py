"""Wrong calls of task and future methods, and an unhashable key looked up
in a dict's views: CPython's TypeErrors, word for word."""
import asyncio


async def main():
    t = asyncio.current_task()
    g = asyncio.gather()
    h = asyncio.gather(asyncio.sleep(0))
    d = {"a": 1}
    try:
        print(t.cancel(1, 2))
    except TypeError as e:
        print('t.cancel(1, 2)', "->", e)
    try:
        print(t.cancel(x=1))
    except TypeError as e:
        print('t.cancel(x=1)', "->", e)
    try:
        print(t.done(1))
    except TypeError as e:
        print('t.done(1)', "->", e)
    try:
        print(t.result(1))
    except TypeError as e:
        print('t.result(1)', "->", e)
    try:
        print(t.get_name(1))
    except TypeError as e:
        print('t.get_name(1)', "->", e)
    try:
        print(t.done(x=1))
    except TypeError as e:
        print('t.done(x=1)', "->", e)
    try:
        print(g.done(1))
    except TypeError as e:
        print('g.done(1)', "->", e)
    try:
        print(h.result(1))
    except TypeError as e:
        print('h.result(1)', "->", e)
    try:
        print(h.cancelled(x=1))
    except TypeError as e:
        print('h.cancelled(x=1)', "->", e)
    try:
        print(g.exception(1))
    except TypeError as e:
        print('g.exception(1)', "->", e)
    try:
        print((["a"], 1) in d.items())
    except TypeError as e:
        print('(["a"], 1) in d.items()', "->", e)
    try:
        print(["a"] in d.keys())
    except TypeError as e:
        print('["a"] in d.keys()', "->", e)
    print(("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.keys())
    await h


asyncio.run(main())
