# Formatting by template, as older tutorials write it: str.format and
# printf-style %, with CPython's results and errors.
import asyncio

class Job:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Job({self.name!r})"
    def __str__(self):
        return "job " + self.name

async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(0.1)
    return x + y

async def main():
    r = await compute(1, 2)
    print("%s + %s = %s" % (1, 2, r))
    j = Job("a")
    print("{} {!r} {0.name} {n:>6}|".format(j, j, n="x") if False else "{0} {0!r} {0.name} {n:>6}|".format(j, n="x"))
    print("{:.2f} {:>8.3e} {:,} {:08.3f} {:x} {:#o} {:%}".format(3.14159, 12345.678, 1234567, -3.14159, 255, 8, 0.25))
    print("{d[k]} {l[1]} {{literal}} {:{w}.{p}f}".format(2.71828, d={"k": "v"}, l=[10, 20], w=9, p=2))
    print("%5s|%-5s|%.2s|%r|%c|%c|%%" % ("ab", "cd", "efg", "hi", 65, "z"))
    print("%d %i %05d %+d % d %-4d| %.3d %x %X %#x %#o %o" % (3.9, -2, 42, 5, 5, 7, 5, 255, 255, 255, 8, 8))
    print("%f %.2f %e %.3E %g %G %10.4f| %-10.1f| %+.1f %08.2f" % (3.14159, 2.5, 12345.678, 0.000123, 1e-5, 1e20, 3.14159, 2.5, 2.0, -3.14159))
    print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
    print("%s" % j, "%r" % j, "%s" % [1, 2], "%s" % (j,), "hello" % [])
    print("%*d|%-*d|%.*f" % (5, 3, 4, 7, 2, 3.14159))
    for attempt in [
        lambda: "%s %s" % (1,),
        lambda: "%s" % (1, 2),
        lambda: "%d" % "x",
        lambda: "%x" % 1.5,
        lambda: "%q" % 1,
        lambda: "%" % 1,
        lambda: "%(a)s" % 1,
        lambda: "{".format(),
        lambda: "x}".format(),
        lambda: "{0".format(1),
        lambda: "{}{}".format(1),
        lambda: "{x}".format(),
        lambda: "{0}{}".format(1, 2),
        lambda: "{!x}".format(1),
        lambda: "{a{b}".format(1),
        lambda: "%c" % "ab",
        lambda: "{:d}".format("s"),
        lambda: "%f" % "s",
    ]:
        try:
            print(attempt())
        except (TypeError, ValueError, KeyError, IndexError) as e:
            print(type(e).__name__, e)


# A template of %s and %r only, with a tuple written out, is an
# f-string to CPython's compiler: each item converted as it comes.
class Loud:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        print("str", self.n)
        return f"s{self.n}"

    def __repr__(self):
        print("repr", self.n)
        return f"r{self.n}"

def mk(n):
    print("mk", n)
    return Loud(n)


# The edges a review found: each as CPython 3.11 has it.
def edges():
    nan, inf = float("nan"), float("inf")
    print(repr("%08.3f|%+010f|%c|%-6.2f|" % (nan, -inf, True, 2.5)))
    print("{0[{1}]}".format({"{1}": "brace-key"}), "{:>6}".format(True))
    for template, values in [("%5%", ()), ("%5%", 7), ("%(a)s %s", {"a": 1}),
                             ("%s %(a)s", {"a": 1}), ("%(x)*d", {"x": 1}), ("hello", [1])]:
        try:
            print(repr(template % values))
        except (TypeError, ValueError) as e:
            print(template, type(e).__name__, e)
    for template in ["{0[}", "{0:x", "{:", "{0!r", "{!", "{0!}", "{:,_}", "{:_,d}", "{:_x,}"]:
        try:
            print(template.format(1234))
        except (TypeError, ValueError) as e:
            print(template, type(e).__name__, e)
    try:
        print("{:,_}".format({}))
    except TypeError as e:
        print(type(e).__name__, e)
    print("%s %r" % (mk(1), mk(2)))
    print("%5s|%-5s|%.1s|%%" % (mk(3), mk(4), mk(5)))
    print("%s %d" % (mk(6), len([mk(7)])))
    print("%s" % mk(8))


asyncio.run(main())
edges()

