import asyncio


async def to_clock(secs):
    await asyncio.sleep(0)
    h = secs // 3600
    m = secs % 3600 // 60
    s = secs % 60
    return f"{h:02.0f}:{m:02.0f}:{s:05.2f}" if isinstance(s, float) else f"{h:02d}:{m:02d}:{s:02d}"


async def main():
    print(await asyncio.gather(to_clock(3725), to_clock(-1), to_clock(86399), to_clock(59.999), to_clock(3600.5)))
    digits = []
    n = -1234
    m = abs(n)
    while m:
        digits.append(m % 10)
        m //= 10
    print(digits[::-1], -n // 10, n // 10, n % 10, -(n // -10))


asyncio.run(main())
