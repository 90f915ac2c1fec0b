import asyncio


async def give(v):
    await asyncio.sleep(0)
    return v


async def main():
    for v in ["text", "it's", 'q"uote', 3, 2.5, None, [1, "a"], {"k": (1,)}, True, "", -0.0]:
        t = asyncio.create_task(give(v))
        r = await t
        print(f"{r!r} {t.result()!r} {r!s} [{r!r:>12}] [{r!r:<12}] {str(r)!r}")
    x = await give("x")
    print(f"{await give('inline')!r}", f"{'lit'!r}", f"{x!r}{x!r}")


asyncio.run(main())
