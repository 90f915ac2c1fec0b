# math's exact functions: square roots, rounding to integers, the integer
# functions, prod, isclose, pow where it is exact, and the bit-level ones,
# with CPython's results, types and errors; used between awaits.
import asyncio
import math
from math import sqrt, floor, ceil, pi, isclose, gcd, prod

NAMES = {math.sqrt: 'sqrt', math.floor: 'floor', math.ceil: 'ceil', math.trunc: 'trunc', math.fabs: 'fabs', math.isqrt: 'isqrt', math.factorial: 'factorial', math.isfinite: 'isfinite', math.isnan: 'isnan', math.isinf: 'isinf', math.degrees: 'degrees', math.radians: 'radians', math.modf: 'modf', math.frexp: 'frexp', math.copysign: 'copysign', math.fmod: 'fmod', math.pow: 'pow', math.gcd: 'gcd', math.lcm: 'lcm', math.comb: 'comb', math.perm: 'perm', math.ldexp: 'ldexp', math.isclose: 'isclose', math.prod: 'prod'}


def t(f, *a, **k):
    name = NAMES[f]
    try:
        r = f(*a, **k)
        print(name, a, k, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(name, a, k, "!!", type(e).__name__, e)


async def hypotenuse(a, b, delay):
    await asyncio.sleep(delay)
    c = sqrt(a * a + b * b)
    print(f"{a}, {b} -> {c:.3f} (is whole: {c == floor(c)})")
    return c


async def main():
    print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, pi)
    sides = await asyncio.gather(hypotenuse(3, 4, 0.2), hypotenuse(5, 12, 0.1), hypotenuse(1, 1, 0))
    print(sides, [round(s, 2) for s in sides], isclose(sides[2], math.sqrt(2)))
    for f in [math.sqrt, math.floor, math.ceil, math.trunc, math.fabs, math.isqrt,
              math.factorial, math.isfinite, math.isnan, math.isinf, math.degrees,
              math.radians, math.modf, math.frexp]:
        for a in [4, 2.5, -2.5, True, -1, float("inf"), float("nan"), "x", None, 10, 0.0, -0.0, -0.5]:
            t(f, a)
        t(f)
        t(f, 1, 2)
        t(f, x=1)
    for f in [math.copysign, math.fmod, math.pow, math.gcd, math.lcm, math.comb, math.perm, math.ldexp, math.isclose]:
        for a in [(2, 3), (2.5, -1), (-2, 0.5), (0, -1), (0.0, -1), (5, 2.0), ("a", 1), (1e308, 2),
                  (10, 3), (3, 10), (float("inf"), 2), (-1, 3), (2, -1), (0, 0), (12, 18, 27), (1,), ()]:
            t(f, *a)
        t(f, 1, y=2)
    t(math.prod, [1, 2, 3]); t(math.prod, [1.5, 2]); t(math.prod, []); t(math.prod, [1, 2], start=2)
    t(math.prod, 1); t(math.prod, ["a", 2]); t(math.prod, [2, "a"]); print(math.prod(i for i in range(1, 6)))
    t(math.prod); t(math.prod, [1], [2]); t(math.prod, [1], x=1); t(math.prod, iterable=[1]); t(math.prod, [], start="b")
    t(math.prod, [True, True]); t(math.prod, [[1], 2]); t(math.prod, [2, None])
    t(math.isclose, 1.0, 1.0000000001); t(math.isclose, 1.0, 1.1, rel_tol=0.2); t(math.isclose, 1, 2, abs_tol=1)
    t(math.isclose, 1, 2, rel_tol=-1); t(math.isclose, 1, 2, 3); t(math.isclose, 1, 2, foo=1)
    t(math.isclose, a=1, b=1); t(math.isclose, 1, a=1); t(math.isclose, "x"); t(math.isclose, 1, "x", rel_tol="y")
    t(math.isclose, math.inf, math.inf); t(math.isclose, math.nan, math.nan)
    t(math.gcd); t(math.lcm); t(math.gcd, 5); t(math.gcd, -12, 18); t(math.lcm, -4, 6); t(math.gcd, -5); t(math.lcm, 0, 5)
    t(math.factorial, 20); t(math.comb, 60, 30); t(math.perm, 5); t(math.perm, 5, None); t(math.perm, -1); t(math.perm, 5, -1)
    t(math.comb, 5); t(math.comb, 10, 10); t(math.comb, True, False); t(math.isqrt, 10**18); t(math.isqrt, 9223372036854775807)
    t(math.pow, math.nan, 0); t(math.pow, 1, math.nan); t(math.pow, -math.inf, 3); t(math.pow, -math.inf, -3)
    t(math.pow, -0.0, 3); t(math.pow, 0.0, 0.5); t(math.pow, 2, 1024); t(math.pow, 2, -1080); t(math.pow, -8, 1 / 3)
    t(math.pow, True, 2); t(math.pow, 2, 0.5); t(math.pow, 10, -2); t(math.pow, 0.5, math.inf); t(math.pow, 2, -math.inf)
    t(math.ldexp, 1.5, -1074); t(math.ldexp, 1.0, -1075); t(math.ldexp, 3.0, -1076); t(math.ldexp, True, True)
    t(math.ldexp, 1, 1023); t(math.ldexp, 1, 1024); t(math.ldexp, 0.75, 1025); t(math.ldexp, -1.0, -5000)
    t(math.frexp, 5e-324); t(math.frexp, 2.2250738585072014e-308); t(math.frexp, -3.0)
    t(math.fmod, math.nan, 0); t(math.fmod, 5, math.inf); t(math.fmod, -5.5, 2); t(math.fmod, 5, math.nan)
    t(math.copysign, 1, math.nan); t(math.copysign, math.nan, -1); t(math.modf, -math.inf)
    print(gcd(12, 18), prod(range(1, 6)), floor(-0.5), ceil(-0.5), math.sqrt(1e308), math.degrees(math.pi))


asyncio.run(main())
