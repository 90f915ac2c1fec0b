# Computed parameter defaults and the names they read: a name defined
# below is not bound yet when the `def` (or the class, or the function
# around a nested `def`) runs, and a module variable is read as it is then.
import asyncio

def g():
    return 1


class A:
    def m(self, cb=g, n=len("abc")):
        return cb() + n


print(A().m())


def outer():
    def inner(cb=h):
        return cb()
    return inner()


try:
    outer()
except NameError as e:
    print("at call:", e)


def h():
    return 2


print(outer())
LIMIT = 3


async def worker(n, limit=LIMIT, pause=LIMIT / 100):
    await asyncio.sleep(pause)
    return min(n, limit)


LIMIT = 1
print(asyncio.run(asyncio.wait_for(worker(5), timeout=LIMIT)))

print("the last def reads a function defined below it")


def first(cb=second):
    return cb()


def second():
    return 1
