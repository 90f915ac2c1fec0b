import asyncio


async def check(n):
    await asyncio.sleep(0.1 * n)
    assert n % 2 == 0, f"{n} is odd"
    assert n >= 0
    return n


async def main():
    assert True
    results = await asyncio.gather(check(2), check(3), check(4), return_exceptions=True)
    print(results)
    for r in results:
        if isinstance(r, AssertionError):
            print("failed:", r, repr(r))
    try:
        assert 1 > 2
    except AssertionError as e:
        print("caught", repr(e), str(e) == "")
    try:
        assert [], "empty list is falsy"
    except Exception as e:
        print(type(e).__name__, e)
    await check(-2)


asyncio.run(main())
