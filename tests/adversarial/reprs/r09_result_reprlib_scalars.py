import asyncio


async def ret(v):
    return v


def res(t):
    return repr(t).split(' result=')[1]


async def main():
    values = [
        None, True, 0, -17, 123456789012345678, 1e16, 1e-5, -0.0, 0.1 + 0.2,
        float("inf"), float("-inf"), float("nan"), 1 / 3,
        "", "short", "x" * 30, "y" * 31, "abcdefghijklmnopqrstuvwxyz0123456789",
        "it's", 'say "hi"', "both ' and \" here, and it is a longer text",
        "tab\there\nnewline" * 3,
        "é" * 40,
        range(10), range(1000000000, 2000000000, 7), range(0),
        ValueError("boom"),
        KeyError("k"),
    ]
    for v in values:
        t = asyncio.create_task(ret(v))
        await t
        print(res(t))


asyncio.run(main())
