import asyncio


async def flip(b):
    await asyncio.sleep(0)
    return not b


async def main():
    bs = await asyncio.gather(flip(True), flip(False), flip(0), flip("x"))
    print(bs, sum(bs), bs.count(True), True == 1, str(True + 0), int(True), float(False), -False)
    print(isinstance(True, int), type(True + True).__name__, True * "ab", [0] * True, (True, False) < (True, True))
    print(round(True), abs(False), max(True, False), f"{True:>5}", f"{False:d}", f"{True!r}", str(True == 1.0))


asyncio.run(main())
