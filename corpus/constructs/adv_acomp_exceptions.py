import asyncio

async def agen(n, fail_at=None):
    try:
        for i in range(n):
            if i == fail_at:
                raise KeyError(i)
            yield i
    finally:
        print("agen finally", n, fail_at)

def inv(x):
    return 10 // x

async def main():
    try:
        print([inv(x) async for x in agen(3)])
    except ZeroDivisionError as e:
        print("ZDE", e)
    await asyncio.sleep(0)
    print("after 1")
    try:
        print([x async for x in agen(5, fail_at=2)])
    except KeyError as e:
        print("KE", repr(e))
    try:
        print({x: inv(x - 2) async for x in agen(4)})
    except ZeroDivisionError as e:
        print("ZDE2", e)
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
