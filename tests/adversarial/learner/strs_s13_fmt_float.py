import asyncio


async def fmt(v):
    await asyncio.sleep(0)
    return [f"{v:.3f}", f"{v:,.2f}", f"{v:08.2f}", f"{v:e}", f"{v:.2e}", f"{v:%}", f"{v:.1%}",
            f"{v:.0f}", f"{v:g}", f"{v:>10}", f"{v:<10}|", f"{v:+.1f}", f"{v}", f"{v:10.4g}|", f"{v:E}"]


async def main():
    vals = [3.14159, 1234567.891, -3.5, 0.000123, 0.256, 2.5, 3.5, 1e20, -0.0, 1e-5, 123456789.0, 0.1 + 0.2]
    for v, r in zip(vals, await asyncio.gather(*[fmt(v) for v in vals])):
        print(repr(v), r)


asyncio.run(main())
