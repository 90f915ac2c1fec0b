import asyncio


async def fmt(n):
    await asyncio.sleep(0)
    return [f"{n:,}", f"{n:x}", f"{n:#x}", f"{n:08b}", f"{n:+d}", f"{n: d}", f"{n:=8}", f"{n:_}",
            f"{n:#X}", f"{n:>6}", f"{n:<6}|", f"{n:^7}|", f"{n:.2f}", f"{n:%}", f"{n:e}", f"{n:o}", f"{n:#o}"]


async def main():
    for r in await asyncio.gather(fmt(0), fmt(255), fmt(-12345), fmt(1234567), fmt(True)):
        print(r)


asyncio.run(main())
