import asyncio


async def f():
    return 1


async def main():
    names = ["plain", "it's", 'say "hi"', "both ' and \"", "line1\nline2", "tab\there",
             "back\\slash", "", "é ü", "名前", 42, None]
    for n in names:
        t = asyncio.create_task(f(), name=n)
        print(repr(t.get_name()), repr(t).split(' coro=')[0])
        await t


asyncio.run(main())
