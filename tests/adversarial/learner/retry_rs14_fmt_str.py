import asyncio


async def main():
    await asyncio.sleep(0)
    print(f"{'abc':>10}|", f"{'abc':^7}|", f"{'abc':^8}|", f"{'abc':*<6}|", f"{'abcdef':.3}|", f"{'abc':10.2}|")
    print(format("x", "^5") + "|", format(3.0), format(1234, ","), format(0.5, ".0%"), repr(format("s")))
    w = 6
    print(f"{None}", f"{None!r:>6}|", f"{True:>6}|", f"{[1, 2]!s:>8}|")
    try:
        print(f"{'abc':d}")
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
