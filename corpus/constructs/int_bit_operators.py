# Ints' shifts and `~` beside `|`, `^`, `&`: flags set by tasks as they
# finish, shifts past the last bit, precedence against `+` and `**`, the
# augmented forms, and CPython's errors for negative counts and floats.
import asyncio

DONE = 0


async def worker(i, delay):
    global DONE
    await asyncio.sleep(delay)
    DONE |= 1 << i
    print(f"worker {i} done: flags={DONE:05b} ({DONE >> i & 1})")
    return ~i


async def main():
    results = await asyncio.gather(*(worker(i, d) for i, d in enumerate([0.3, 0.1, 0.2, 0.05])))
    print(results, bin(DONE), ~DONE & 0b1111)
    x = 5
    print(x << 3, x >> 1, -x >> 1, ~x, ~-1, True << 3, ~True, 1 << 62, -7 >> 100, 7 >> 100)
    y = 1
    y <<= 4
    y >>= 1
    print(y, 0 << 1000, 3 & 5 << 1, 1 + 2 << 3, ~3 ** 2, -~3, (lambda v: v << 2)(3))
    for bad in (lambda: 1 << -1, lambda: 1.0 << 1, lambda: ~1.5, lambda: "a" >> 1, lambda: ~"a"):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    z = 2.0
    try:
        z >>= 1
    except TypeError as e:
        print(e)


asyncio.run(main())
