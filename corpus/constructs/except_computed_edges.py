# `except` clauses that evaluate what they catch: when each is evaluated
# (only when an exception reaches it), late binding in closures,
# generators, except*, and what an evaluation that raises is chained to.
import asyncio

def pick(kind):
    print("  pick evaluated for", kind)
    return kind

def run(fn, on):
    try:
        fn()
    except pick(on) as e:
        print("  caught", repr(e))
    else:
        print("  no exception")

def boom():
    raise ValueError("v")

run(boom, ValueError)
run(lambda: None, ValueError)
run(boom, (KeyError, ValueError))

errs = (KeyError,)
try:
    {}["k"]
except errs as e:
    print("module level", repr(e))

def make_handler():
    handlers = []
    for cls in (KeyError, IndexError):
        def h(fn):
            try:
                fn()
            except cls:
                return "caught by late-bound " + cls.__name__
        handlers.append(h)
    return handlers

for h in make_handler():
    try:
        print(h(lambda: [][0]))
    except KeyError:
        print("escaped as KeyError")

def gen(on):
    try:
        yield 1
        raise on[1]("from gen")
    except on as e:
        yield f"gen caught {e}"

print(list(gen((OSError, ArithmeticError))))

def later():
    try:
        raise MyLate("x")
    except MyLate as e:
        return repr(e)

class MyLate(Exception):
    pass

print(later())

async def agen(on):
    try:
        await asyncio.sleep(0)
        raise on("boom")
    except (asyncio.TimeoutError, on) as e:
        yield repr(e)

async def main():
    async for x in agen(RuntimeError):
        print(x)
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        except* errs as eg:
            print("star caught", repr(eg))
    except* ValueError as rest:
        print("rest", repr(rest))

asyncio.run(main())

def unbound():
    try:
        raise ValueError("u")
    except NOT_YET as e:
        print("no")

try:
    unbound()
except NameError as e:
    print(repr(e), repr(e.__context__))
NOT_YET = ValueError

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* pick(ValueError):
    print("v")
except* KeyError:
    print("never")

nope = 1
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* pick(nope):
        print("never")
    except* KeyError:
        print("k")
except Exception as e:
    print(repr(e), repr(e.__context__))
