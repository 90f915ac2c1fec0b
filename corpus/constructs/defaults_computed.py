# Parameter defaults that are more than literals: evaluated once, when
# the `def` (or the `class` around a method) runs, in the module's scope.
import asyncio
import functools

TIMEOUT = 0.2
SEP = " | "


def make(tag):
    print("evaluating a default for", tag)
    return [tag]


def helper(x):
    return x * 10


print("before the defs")


def first(x=make("first"), y=TIMEOUT * 2, *, sep=SEP, fn=helper):
    return f"{x}{sep}{y}{sep}{fn(3)}"


def apply(value, fn=helper, squares=list(map(helper, range(4)))):
    return fn(value), squares, fn.__qualname__


def add(item, bucket=list()):
    bucket.append(item)
    return bucket


def log(*parts, out=print, sep=SEP):
    out(sep.join(str(p) for p in parts))


def loud(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


@loud
def greet(name, greeting="hello " + "there", punct=SEP.strip()):
    return f"{greeting}, {name} {punct}"


TIMEOUT = 5
SEP = "/"
print("after the defs")


class Fetcher:
    def __init__(self, delay=TIMEOUT / 50, retries=len(SEP) + 2):
        self.delay = delay
        self.retries = retries

    async def fetch(self, n, pad=len("abc") * 2, on=(ValueError, KeyError)):
        await asyncio.sleep(self.delay)
        return f"{n:>{pad}} {on[1].__name__}"


async def main(fetcher=Fetcher(), names=("a", "b")):
    print(first())
    print(first(sep=SEP))
    print(apply(1))
    print(add(1), add(2), add(3, []))
    log("x", 1, 2.5)
    print(greet("Ana"))
    print(first.__defaults__, apply.__defaults__[1])
    print(fetcher.delay, fetcher.retries)
    print(await asyncio.gather(*(fetcher.fetch(n) for n in names)))


asyncio.run(main())
