# try/except* splits an exception group: each except* clause takes the leaves
# that match its class and the rest moves on to the next clause, then out.
# A plain exception is wrapped in an ExceptionGroup('') before matching.
# Handlers that raise, bare `raise`, unmatched leaves, else and finally
# combine in ways that differ from plain try/except.
import asyncio


class AppError(Exception):
    pass


async def main():
    print("--- one group, two clauses")
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
        print("  leaves:", eg.exceptions)
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
    print("after first try")

    print("--- a clause that matches nothing is skipped")
    try:
        raise ExceptionGroup("only keys", [KeyError("k")])
    except* ValueError:
        print("not printed")
    except* KeyError as eg:
        print("KeyError part:", repr(eg))

    print("--- naked exception")
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("bound:", type(eg).__name__, repr(eg))
        print("message:", repr(eg.message), "leaves:", eg.exceptions)

    print("--- tuple of classes")
    try:
        raise ExceptionGroup("three", [KeyError("a"), AppError("b"), IndexError("c")])
    except* (KeyError, IndexError) as eg:
        print("lookup errors:", repr(eg))
    except* AppError as eg:
        print("app error:", repr(eg))

    print("--- nested group, clause by base class")
    try:
        raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [AppError("x"), KeyError("y")])])
    except* AppError as eg:
        print("AppError:", repr(eg))
    except* LookupError as eg:
        print("LookupError:", repr(eg))
    except* Exception as eg:
        print("everything else:", repr(eg))

    print("--- handlers raising new exceptions")
    try:
        try:
            raise ExceptionGroup("work", [ValueError("v"), TypeError("t")])
        except* ValueError:
            print("handling ValueError, raising AppError")
            raise AppError("from value handler")
        except* TypeError:
            print("handling TypeError, raising KeyError")
            raise KeyError("from type handler")
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  exceptions:", e.exceptions)
        print("  message:", repr(e.message))

    print("--- one handler raises, one leaf unmatched")
    try:
        try:
            raise ExceptionGroup("work", [ValueError("v"), OSError("o")])
        except* ValueError:
            raise AppError("replacement")
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  exceptions:", e.exceptions)

    print("--- bare raise in a handler")
    original = ExceptionGroup("keep", [ValueError(1), TypeError(2)])
    try:
        try:
            raise original
        except* ValueError as eg:
            print("re-raising", repr(eg))
            raise
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  same object:", e is original)

    print("--- bare raise of the whole group")
    original = ExceptionGroup("whole", [ValueError(1), ValueError(2)])
    try:
        try:
            raise original
        except* ValueError as eg:
            print("bound is original:", eg is original)
            raise
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  same object:", e is original)

    print("--- except* Exception matches the group object itself")
    original = ExceptionGroup("whole", [ValueError(1), KeyError(2)])
    try:
        try:
            raise original
        except* Exception as eg:
            print("bound is original:", eg is original)
            raise
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  same object:", e is original)

    print("--- bare raise of part, other part handled")
    original = ExceptionGroup("keep", [ValueError(1), TypeError(2), ValueError(3)])
    try:
        try:
            raise original
        except* ValueError:
            raise
        except* TypeError as eg:
            print("handled", repr(eg))
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  same object:", e is original)

    print("--- bare raise plus a new exception")
    try:
        try:
            raise ExceptionGroup("mix", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
        except* TypeError:
            raise AppError("new")
    except ExceptionGroup as e:
        print("outer caught:", repr(e))
        print("  exceptions:", e.exceptions)

    print("--- unmatched rest propagates")
    try:
        try:
            raise ExceptionGroup("partial", [ValueError(1), KeyError(2), OSError(3)])
        except* ValueError as eg:
            print("handled", repr(eg))
        print("not printed")
    except ExceptionGroup as e:
        print("outer caught rest:", repr(e))

    print("--- naked exception not matched")
    try:
        try:
            raise KeyError("plain")
        except* ValueError:
            print("not printed")
    except KeyError as e:
        print("outer caught plain:", type(e).__name__, repr(e))
    except ExceptionGroup as e:
        print("outer caught group:", repr(e))

    print("--- naked exception re-raised with bare raise")
    try:
        try:
            raise KeyError("plain again")
        except* KeyError:
            raise
    except KeyError as e:
        print("outer caught plain:", repr(e))
    except ExceptionGroup as e:
        print("outer caught group:", repr(e))

    print("--- naked exception, handler raises")
    try:
        try:
            raise KeyError("first")
        except* KeyError:
            raise ValueError("second")
    except ValueError as e:
        print("outer caught plain:", repr(e))
    except ExceptionGroup as e:
        print("outer caught group:", repr(e))

    print("--- else and finally")
    for fail in [False, True]:
        try:
            print("body, fail =", fail)
            if fail:
                raise ExceptionGroup("g", [ValueError("v")])
        except* ValueError as eg:
            print("handler:", repr(eg))
        else:
            print("else runs")
        finally:
            print("finally runs")

    print("--- finally runs while the rest propagates")
    try:
        try:
            raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
        except* ValueError:
            print("handled ValueError")
        finally:
            print("finally before propagation")
    except* KeyError as eg:
        print("outer except* got:", repr(eg))

    print("--- await inside a handler")
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError as eg:
        await asyncio.sleep(0.01)
        print("after await in handler:", repr(eg))

    print("--- each clause runs at most once")
    try:
        raise ExceptionGroup("many", [ValueError(1), ValueError(2), ValueError(3)])
    except* ValueError as eg:
        print("one call with", len(eg.exceptions), "leaves")

    print("done")


asyncio.run(main())
