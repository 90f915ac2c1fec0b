# contextlib's managers (asyncio's Python half, `src/asyncio_py/contextlib.py`):
# @asynccontextmanager around concurrent tasks, one failing inside its
# `async with`; @contextmanager seeing and re-raising; suppress; nullcontext.
import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress
import contextlib


@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")


@contextmanager
def timer(label):
    print("start", label)
    try:
        yield label.upper()
    except KeyError as e:
        print("timer saw", repr(e))
        raise
    finally:
        print("stop", label)


async def worker(i):
    async with connection(f"db{i}") as c:
        print(i, "using", c)
        await asyncio.sleep(0.05 * i)
        if i == 2:
            raise ValueError(f"boom {i}")
    return i


async def main():
    print(connection, type(connection("x")).__name__)
    with timer("t") as t:
        print("in", t)
    try:
        with timer("k"):
            raise KeyError("k")
    except KeyError as e:
        print("outer caught", repr(e))
    with suppress(ZeroDivisionError, KeyError):
        1 / 0
    print("suppressed")
    with contextlib.nullcontext(5) as n:
        print("null", n)
    res = await asyncio.gather(worker(1), worker(2), worker(3), return_exceptions=True)
    print(res)

asyncio.run(main())
