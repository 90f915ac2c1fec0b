# Numbers as CPython has them: int and float compare exactly (also in `in`,
# dict keys, sorted and max), int / int is correctly rounded, results
# that fit in 64 bits never stop the run (literals are folded first, as
# CPython's compiler folds them: -2**63 is a 64-bit value), len(range(...)) past ssize_t
# raises CPython's OverflowError.
import asyncio


async def compare():
    big = 9007199254740993
    print(big == 9007199254740992.0, big > 9007199254740992.0, float(big))
    print(big in [9007199254740992.0], 9007199254740992.0 in [big - 1])
    d = {9007199254740992.0: "float"}
    print(d.get(big, "missing"), d.get(big - 1))
    print(sorted([big, 9007199254740992.0, big - 2]))
    print(max(9007199254740992.0, big), min(big, 9007199254740992.0))
    await asyncio.sleep(0)


async def divide():
    print(9007199254740993 / 3, 2**62 / 7, (-9223372036854775807 - 1) / 10)
    print(7 // -2, -7 % 3, 7.5 // 2, -7.5 % 2)
    print((-2**63) % -1, -2**63 // 1, int("-9223372036854775808"), -9223372036854775808)
    print((-9223372036854775807 - 1) % -1, 2**62 + (2**62 - 1), -(2**62) * 2)
    print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(123456, -2))
    await asyncio.sleep(0)


async def limits():
    try:
        print(len(range(-9223372036854775807 - 1, 9223372036854775807)))
    except OverflowError as e:
        print("OverflowError:", e)
    print(len(range(0, 2**62, 3)), range(10)[-1], range(0, 10, 3)[1])
    print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
    try:
        print(2.0 ** 1100)
    except OverflowError as e:
        print("OverflowError:", e)


async def main():
    await asyncio.gather(compare(), divide(), limits())


asyncio.run(main())
