# An f-string field is read inside parentheses, as CPython reads it: a
# comma makes a tuple (`f"part2{n, arg}"`, from Real Python's chained.py),
# with a trailing comma, a starred item, a conversion and a spec.
import asyncio


async def part2(n, arg):
    print(f"part2{n, arg} sleeping for {n} seconds.")
    await asyncio.sleep(n)
    result = f"result{n}-2 derived from {arg}"
    print(f"Returning part2{n, arg} == {result}.")
    return result


async def main():
    print(await asyncio.gather(*(part2(n, f"result{n}-1") for n in (2, 1))))
    a = [1, 2]
    print(f"{a, 3}", f"{a,}", f"{*a, 3}", f"{ 1 , 2 !r:>10}", f"{'x', (a, 'y')=}")


asyncio.run(main())
