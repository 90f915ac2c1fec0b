# float.is_integer(), int.bit_length() (bools too) and str.isidentifier(),
# with the C methods' argument errors.
import asyncio


async def main():
    for x in (2.0, 2.5, -0.0, 1e300, float("inf"), float("nan"), -3.0):
        print(x, x.is_integer())
    for n in (0, 1, -1, 255, 256, -256, 2**62, -(2**63), True, False):
        print(n, n.bit_length())
    f = (7.0).is_integer
    print(f())
    for bad in (lambda: (1.0).is_integer(1), lambda: (5).bit_length(x=1), lambda: (5).bit_length(2)):
        try:
            bad()
        except TypeError as e:
            print(e)

    for s in ["abc", "_x1", "1x", "", "a b", "def", "x-y", "A_9", "__", "9"]:
        print(repr(s), s.isidentifier())


asyncio.run(main())
