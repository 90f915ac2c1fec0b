import asyncio


async def main():
    await asyncio.sleep(0)
    print(f"{-255:x}", f"{-255:#x}", f"{255:#010x}", f"{65:c}", f"{-5:08d}", f"{5:+08.2f}", f"{-0.0:+.1f}", f"{1e16:,.0f}")
    print(f"{0.5:.0f}", f"{1.5:.0f}", f"{2.675:.2f}", f"{1.005:.2f}", f"{-1e-10:.3f}", f"{123.456:.1e}", f"{1e-10:g}", f"{1e16:g}")
    print(f"{100:.0%}", f"{1 / 3:.2%}", f"{12345.6789:_.2f}", f"{42:<+6}|", f"{3.0:#.0f}", f"{0.0001:.3g}", f"{1234:.2g}")
    print(format(2 ** 0.5, ".15f"), format(0.1, ".20f"), format(1e22, "f"), format(-1.5, "=+8.1f"), format(7, "#b"))
    try:
        print(f"{3.0:d}")
    except ValueError as e:
        print("ValueError", e)
    try:
        print(f"{'s':,}")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
