# A module-level `except ... as name` binds a module variable (STORE_NAME):
# functions and lambdas read it while the handler runs, and it is deleted
# after it (NameError, not UnboundLocalError), through continue, break,
# nested handlers, except* and a handler that deletes it itself.
import asyncio

e = "before"
print(e)


def show():
    try:
        print("show sees", e)
    except NameError as err:
        print("show:", err)


async def main():
    show()
    try:
        raise KeyError("in main")
    except KeyError as e:
        print("main's own", repr(e))
    show()


try:
    raise ValueError("module")
except ValueError as e:
    show()
    f = lambda: e
    print("lambda", f())
    asyncio.run(main())
show()
try:
    print(e)
except NameError as x:
    print("after:", x)

for i in range(3):
    try:
        raise TypeError(i)
    except TypeError as e:
        if i == 0:
            continue
        if i == 2:
            break
        show()
show()

try:
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as e:
            show()
        show()
except NameError as ne:
    print("nested:", ne)

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as e:
    show()
except* TypeError as e:
    show()
show()
e = 3
try:
    raise OSError("x")
except OSError as e:
    del e
show()

try:
    try:
        raise ValueError("a")
    except ValueError as e:
        show()
        raise KeyError("b")
except KeyError as k:
    show()
    print(repr(k), repr(k.__context__))
show()
