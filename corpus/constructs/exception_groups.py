# ExceptionGroup and BaseExceptionGroup as plain values: how to build them,
# what str()/repr() show, how nesting looks, and how split()/subgroup()
# pick leaves by class, by tuple of classes or by a predicate. This is the
# data structure that asyncio.TaskGroup raises, so it pays to know it first.
# The constructor checks its arguments; the messages of those errors are shown.
import asyncio


class AppError(Exception):
    pass


def show(label, eg):
    if eg is None:
        print(f"{label}: None")
    else:
        print(f"{label}: {type(eg).__name__} {eg!r}")


def main():
    print("--- construction")
    eg = ExceptionGroup("two problems", [ValueError("bad value"), TypeError("bad type")])
    print(type(eg).__name__)
    print(eg.message)
    print(repr(eg.exceptions))
    print(type(eg.exceptions).__name__, len(eg.exceptions))
    print(str(eg))
    print(repr(eg))
    print(isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup))
    print(isinstance(eg, Exception), isinstance(eg, BaseException))

    one = ExceptionGroup("single", [KeyError("k")])
    print(str(one))
    print(repr(one))

    print("--- BaseExceptionGroup picks its class")
    b1 = BaseExceptionGroup("only exceptions", [ValueError(1), AppError(2)])
    print(type(b1).__name__, repr(b1))
    print(isinstance(b1, ExceptionGroup))
    b2 = BaseExceptionGroup("with a cancel", [ValueError(1), asyncio.CancelledError()])
    print(type(b2).__name__, repr(b2))
    print(isinstance(b2, ExceptionGroup), isinstance(b2, Exception))
    print(str(b2))
    b3 = BaseExceptionGroup("only cancel", [asyncio.CancelledError("stop")])
    print(type(b3).__name__, repr(b3))

    print("--- nested")
    inner = ExceptionGroup("inner", [KeyError("a"), ValueError("b")])
    outer = ExceptionGroup("outer", [TypeError("c"), inner, AppError("d")])
    print(str(outer))
    print(repr(outer))
    print(len(outer.exceptions))
    print(outer.exceptions[1] is inner)
    print(repr(outer.exceptions[1].exceptions[0]))

    print("--- subgroup by class")
    show("ValueError", outer.subgroup(ValueError))
    show("KeyError", outer.subgroup(KeyError))
    show("OSError", outer.subgroup(OSError))
    show("Exception", outer.subgroup(Exception))
    print(outer.subgroup(Exception) is outer)
    show("ExceptionGroup", outer.subgroup(ExceptionGroup))

    print("--- split by class")
    match, rest = outer.split(ValueError)
    show("match", match)
    show("rest", rest)
    match, rest = outer.split(TypeError)
    show("match", match)
    show("rest", rest)
    match, rest = outer.split(ZeroDivisionError)
    show("match", match)
    show("rest", rest)
    print(rest is outer)
    match, rest = outer.split(Exception)
    show("match", match)
    show("rest", rest)

    print("--- split by tuple")
    match, rest = outer.split((KeyError, AppError))
    show("match", match)
    show("rest", rest)
    show("subgroup", outer.subgroup((TypeError, ValueError)))

    print("--- split by predicate")
    seen = []

    def record(e):
        seen.append(type(e).__name__)
        return isinstance(e, (KeyError, TypeError))

    match, rest = outer.split(record)
    show("match", match)
    show("rest", rest)
    print("predicate saw:", seen)

    match, rest = outer.split(lambda e: str(e) == "d")
    show("match", match)
    show("rest", rest)

    show("lambda subgroup", outer.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
    show("lambda none", outer.subgroup(lambda e: False))

    print("--- split of a BaseExceptionGroup")
    b = BaseExceptionGroup("mixed", [asyncio.CancelledError(), ValueError("v")])
    match, rest = b.split(Exception)
    show("match", match)
    show("rest", rest)
    match, rest = b.split(asyncio.CancelledError)
    show("match", match)
    show("rest", rest)

    print("--- derive")
    d = eg.derive([AppError("new")])
    show("derived", d)
    print(d is eg, d.message == eg.message)
    d2 = b2.derive([ValueError("x")])
    show("derived from base", d2)
    d3 = eg.derive([asyncio.CancelledError()])
    show("derived with base exception", d3)

    print("--- constructor errors")
    attempts = [
        ("message not str", lambda: ExceptionGroup(1, [ValueError()])),
        ("empty list", lambda: ExceptionGroup("empty", [])),
        ("non-exception item", lambda: ExceptionGroup("bad", [ValueError(), 42])),
        ("class instead of instance", lambda: ExceptionGroup("bad", [ValueError])),
        ("non-sequence", lambda: ExceptionGroup("bad", ValueError())),
        ("base exception in ExceptionGroup", lambda: ExceptionGroup("bad", [asyncio.CancelledError()])),
        ("one argument", lambda: ExceptionGroup("lonely")),
        ("base group empty", lambda: BaseExceptionGroup("empty", [])),
    ]
    for label, make in attempts:
        try:
            r = make()
            print(label, "-> no error", repr(r))
        except TypeError as e:
            print(label, "-> TypeError:", e)
        except ValueError as e:
            print(label, "-> ValueError:", e)

    print("--- a tuple is a fine sequence")
    t = ExceptionGroup("from tuple", (ValueError(1), ValueError(2)))
    print(repr(t))
    print(type(t.exceptions).__name__)

    print("--- repr shows the original argument, .exceptions a copy")
    items = [ValueError("first")]
    g = ExceptionGroup("grows", items)
    items.append(KeyError("later"))
    print(repr(g))
    print(str(g))
    print(repr(g.exceptions))


main()
