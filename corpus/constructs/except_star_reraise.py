# except* handlers that re-raise (bare `raise`: the original nesting is kept),
# raise the group they caught again (`raise e`: it counts as raised anew)
# or raise a new exception (it joins the rest in a new group); a naked
# exception wrapped, loops and nested except* in a handler, awaits in
# handlers, and split/subgroup with predicates that raise or record.
import asyncio

class AppError(Exception):
    pass

async def main():
    # explicit raise e vs bare raise
    for mode in ["bare", "explicit", "new"]:
        try:
            try:
                raise ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)])
            except* ValueError as e:
                print(mode, "caught", repr(e))
                if mode == "bare":
                    raise
                elif mode == "explicit":
                    raise e
                else:
                    raise AppError("new") from None
            except* KeyError as k:
                print("key", repr(k))
        except BaseException as outer:
            print("outer", type(outer).__name__, repr(outer))
            print("  ctx", repr(outer.__context__), "cause", repr(outer.__cause__))
            for sub in outer.exceptions:
                print("  sub", repr(sub), repr(sub.__context__))
    # naked
    for mode in ["bare", "new", "none"]:
        try:
            try:
                raise KeyError("naked")
            except* KeyError as e:
                print(mode, repr(e), repr(e.exceptions[0]))
                if mode == "bare":
                    raise
                if mode == "new":
                    raise AppError("x")
        except BaseException as outer:
            print("outer", repr(outer), repr(outer.__context__))
        else:
            print("nothing left")
    # loops in handler
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop", i)
    # nested except*
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError as v:
            try:
                raise ExceptionGroup("inner", [KeyError(3), ValueError(4)])
            except* KeyError as k:
                print("inner handled", repr(k))
    except ExceptionGroup as eg:
        print("escaped", repr(eg))
        print(repr(eg.exceptions))
    # await inside handler
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        await asyncio.sleep(0.01)
        print("awaited in handler")
    except* KeyError:
        await asyncio.sleep(0.01)
        print("awaited in second handler")
    # predicate raising
    eg = ExceptionGroup("p", [ValueError(1)])
    def bad(e):
        raise RuntimeError("pred")
    try:
        eg.split(bad)
    except RuntimeError as e:
        print("pred raised", e)
    calls = []
    eg2 = ExceptionGroup("q", [ValueError(1), ExceptionGroup("r", [KeyError(2)])])
    print(eg2.subgroup(lambda e: calls.append(type(e).__name__) or False), calls)
    lst = [ValueError(1)]
    g = ExceptionGroup("grows", lst)
    lst.append(KeyError(2))
    print(repr(g), str(g), g.exceptions)
    print(repr(ExceptionGroup("t", (ValueError(),))))

asyncio.run(main())
