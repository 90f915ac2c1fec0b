# asyncio.iscoroutine and asyncio.iscoroutinefunction (through methods and
# partials; asyncio's own async defs; generators count as coroutines),
# with CPython's binding errors, and dict.fromkeys.
import asyncio
import functools

async def work(x):
    await asyncio.sleep(0)
    return x

async def agen():
    yield 1

def gen():
    yield 1

def plain():
    pass

class K:
    async def m(self):
        pass
    def n(self):
        pass

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

async def main():
    c = work(1)
    for label, v in [("coro fn", work), ("agen fn", agen), ("gen fn", gen), ("plain", plain), ("method", K().m), ("plain method", K().n),
                     ("partial", functools.partial(work, 1)), ("partial plain", functools.partial(plain)), ("sleep", asyncio.sleep), ("gather", asyncio.gather),
                     ("wait_for", asyncio.wait_for), ("create_task", asyncio.create_task), ("print", print), ("lambda", lambda: 1), ("class", K), ("instance", K())]:
        print(label, asyncio.iscoroutinefunction(v), asyncio.iscoroutine(v))
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen()), asyncio.iscoroutine(agen()), asyncio.iscoroutine(asyncio.sleep(0)), asyncio.iscoroutine(1))
    print(await c)
    t("no arg", lambda: asyncio.iscoroutine())
    t("two", lambda: asyncio.iscoroutine(1, 2))
    t("kw", lambda: asyncio.iscoroutine(obj=1))
    t("bad kw", lambda: asyncio.iscoroutinefunction(x=1))
    t("both", lambda: asyncio.iscoroutinefunction(1, func=2))
    t("two+kw", lambda: asyncio.iscoroutinefunction(1, 2, x=3))
    print(dict.fromkeys("abca"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []), dict.fromkeys({}, 1))
    d = dict.fromkeys("ab", [])
    d["a"].append(1)
    print(d)
    t("fk0", lambda: dict.fromkeys())
    t("fk3", lambda: dict.fromkeys(1, 2, 3))
    t("fk kw", lambda: dict.fromkeys([1], value=2))
    t("fk int", lambda: dict.fromkeys(5))
    t("fk unhashable", lambda: dict.fromkeys([[1]]))

asyncio.run(main())
