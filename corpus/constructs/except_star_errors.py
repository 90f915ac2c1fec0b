# Mistakes with except*: naming ExceptionGroup (or a non-exception) in an
# except* clause is a TypeError, raised only when the clause is checked,
# i.e. when something was actually raised. The program then ends with an
# exception group nobody catches, so CPython prints its boxed group
# traceback (sub-exceptions numbered, nested groups indented).
import asyncio


class NotAnError:
    pass


class AppError(Exception):
    pass


async def main():
    print("--- except* ExceptionGroup")
    try:
        try:
            raise ExceptionGroup("g", [ValueError("v")])
        except* ExceptionGroup:
            print("not printed")
    except TypeError as e:
        print("TypeError:", e)

    print("--- except* BaseExceptionGroup with a naked exception")
    try:
        try:
            raise ValueError("plain")
        except* BaseExceptionGroup:
            print("not printed")
    except TypeError as e:
        print("TypeError:", e)

    print("--- ExceptionGroup hidden in a tuple")
    try:
        try:
            raise ExceptionGroup("g", [KeyError("k")])
        except* (KeyError, ExceptionGroup):
            print("not printed")
    except TypeError as e:
        print("TypeError:", e)

    print("--- a clause after a matching one is still checked")
    try:
        try:
            raise ExceptionGroup("g", [KeyError("k"), ValueError("v")])
        except* KeyError:
            print("KeyError handled first")
        except* ExceptionGroup:
            print("not printed")
    except TypeError as e:
        print("TypeError:", e)

    print("--- not an exception class")
    try:
        try:
            raise ExceptionGroup("g", [ValueError("v")])
        except* NotAnError:
            print("not printed")
    except TypeError as e:
        print("TypeError:", e)

    print("--- nothing raised: the bad clause is never checked")
    try:
        print("body runs fine")
    except* ExceptionGroup:
        print("not printed")
    print("no error")

    print("--- final: an uncaught group")
    try:
        raise ExceptionGroup("batch", [ValueError("bad value"), ExceptionGroup("inner", [KeyError("missing"), AppError("app")])])
    except* ValueError:
        print("handler for ValueError raises AppError")
        raise AppError("handler failed")
    print("not printed")


asyncio.run(main())
