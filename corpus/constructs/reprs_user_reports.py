# Reports use the program's __str__: a task's exception nobody retrieved,
# a __str__ that raises in a report (`<exception str() failed>`), and
# main's uncaught exception, chained to the one it handled.
import asyncio


class FetchError(Exception):
    def __init__(self, url):
        super().__init__(url)
        self.url = url

    def __str__(self):
        print(f"  (str of the error for {self.url})")
        return f"could not fetch {self.url}"


class Broken(Exception):
    def __str__(self):
        raise RuntimeError("broken __str__")


async def fetch(url):
    await asyncio.sleep(0.1)
    raise FetchError(url)


async def breaks():
    raise Broken("b")


async def main():
    t = asyncio.create_task(fetch("a.example"))
    await asyncio.sleep(0.2)
    print("dropping the failed task")
    t = None
    t = asyncio.create_task(breaks())
    await asyncio.sleep(0)
    t = None
    print("now main fails")
    try:
        await fetch("b.example")
    except FetchError:
        raise FetchError("c.example")


asyncio.run(main())
