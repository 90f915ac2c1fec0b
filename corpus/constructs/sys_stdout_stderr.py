# sys.stdout and sys.stderr: print(file=...), write (returning its length),
# writelines, flush, what the two objects show, a program's own object with
# write() given to print (each piece a call, str() after the method is read),
# tasks writing partial lines that interleave, and the C methods' errors.
import asyncio, sys


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append("<flush>")


class Loud:
    def __str__(self):
        print("str called", file=sys.stderr)
        return "loud"


async def worker(n):
    for i in range(3):
        print(f"worker {n} step {i}", file=sys.stderr if i == 1 else sys.stdout)
        sys.stdout.write(f"w{n}.{i} ")
        await asyncio.sleep(0)
    sys.stdout.write("\n")
    return n


async def main():
    print("hello", file=sys.stdout)
    n = sys.stdout.write("x\n")
    print(n, repr(sys.stdout), repr(sys.stderr), sys.stdout.name, sys.stderr.encoding, sys.stdout.mode)
    print("err", 1, 2, sep="-", file=sys.stderr)
    sys.stderr.write("partial ")
    sys.stderr.write("line\n")
    c = Collector()
    print("a", 2, Loud(), sep=", ", end="!\n", file=c, flush=True)
    print(c.parts)
    print(await asyncio.gather(worker(1), worker(2)))
    sys.stdout.writelines(["l1\n", "l2\n"])
    sys.stdout.flush()
    print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable(), sys.stdout.closed)
    for bad in (lambda: sys.stdout.write(1), lambda: sys.stdout.writelines([1]), lambda: sys.stdout.writelines(1),
                lambda: sys.stdout.write(), lambda: sys.stdout.flush(1), lambda: print("x", file=1),
                lambda: sys.stdout.write(s="a")):
        try:
            bad()
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    print("no newline at the end", file=sys.stderr, end="")


asyncio.run(main())
