import asyncio


def deco(f):
    print("wrapping", f.__name__, f.__qualname__, f.__module__)
    return f


@deco
def helper():
    def inner():
        return lambda: 0
    return inner


@deco
async def main():
    def inner():
        pass

    @deco
    async def job():
        return job.__qualname__

    print(inner.__qualname__, inner.__module__, (lambda: 0).__qualname__)
    print(helper().__qualname__, helper()().__qualname__, helper()().__name__)
    print(await job())
    print(await asyncio.gather(job(), job()))


asyncio.run(main())
