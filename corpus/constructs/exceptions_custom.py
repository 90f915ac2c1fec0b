# User-defined exception classes raised in tasks: caught by their own class
# and by a base, returned by gather, raised as a bare class, and one left in
# a task nobody awaits, which CPython reports as never retrieved.
import asyncio


class AppError(Exception):
    pass


class FetchError(AppError):
    """A failed fetch."""
    retries = 0

    def __init__(self, url, code):
        super().__init__(f"fetch {url} failed with {code}")
        self.url = url
        self.code = code


class TimeoutFetchError(FetchError):
    def __init__(self, url):
        super().__init__(url, 504)
        self.slow = True


class Missing(LookupError):
    pass


async def fetch(url, delay):
    await asyncio.sleep(delay)
    if url.startswith("bad"):
        raise FetchError(url, 404)
    if url.startswith("slow"):
        raise TimeoutFetchError(url)
    if url.startswith("gone"):
        raise Missing
    return f"<{url}>"


async def lost():
    await asyncio.sleep(0.13)
    raise AppError("nobody looks at this")


async def main():
    try:
        await fetch("bad.example", 0.1)
    except FetchError as e:
        print(e, e.url, e.code, e.args, repr(e))
        FetchError.retries += 1
    try:
        await asyncio.create_task(fetch("slow.example", 0.1))
    except FetchError as e:
        print(type(e).__name__, e.slow, e.code, repr(e))
        print(isinstance(e, AppError), isinstance(e, TimeoutFetchError), isinstance(e, Exception))
    try:
        await fetch("gone.example", 0.1)
    except Exception as e:
        print(type(e).__name__, repr(e), e.args, str(e) == "", isinstance(e, LookupError))
    try:
        raise Missing("item 3")
    except LookupError as e:
        print("lookup:", e, repr(e))
    print(FetchError.retries, TimeoutFetchError.retries, AppError.__name__)
    asyncio.create_task(lost())
    urls = ["ok.example", "bad.example", "slow.example", "gone.example", "fine.example"]
    results = await asyncio.gather(*(fetch(u, 0.05 * (i + 1)) for i, u in enumerate(urls)), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    errors = [r for r in results if isinstance(r, AppError)]
    print(len(errors), [e.code for e in errors], errors[0] is results[1])
    try:
        await asyncio.gather(fetch("fine.example", 0.2), fetch("bad.late", 0.3))
    except AppError as e:
        print("gather raised", repr(e))
    try:
        raise TimeoutFetchError("x")
    except Missing:
        print("not here")
    except FetchError as e:
        print("caught by parent", e)
    finally:
        print("done")


asyncio.run(main())
