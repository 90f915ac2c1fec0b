# Mistakes a learner makes with classes, each caught: CPython's messages for
# missing attributes, wrong argument counts, unorderable instances and more.
import asyncio


class Point:
    def __init__(self, x):
        self.x = x
        self.size = 3

    def show(self):
        return f"Point({self.x})"

    def scaled(self, k):
        return self.x * k

    def forgot_self():
        return "never"

    async def move(self, dx, delay):
        await asyncio.sleep(delay)
        self.x += dx
        return self.x

    async def broken(self):
        await asyncio.sleep(0.1)
        return self.y


class Plain:
    kind = "plain"


class Labeled(Point):
    def __init__(self, x, label):
        self.label = label


async def main():
    p = Point(1)
    q = Point(2)
    attempts = [
        lambda: p.y,
        lambda: Point.z,
        lambda: p.show(5),
        lambda: p.scaled(),
        lambda: p.scaled(2, 3),
        lambda: p.scaled(k=2, n=1),
        lambda: Point(),
        lambda: Point(1, 2),
        lambda: Point.show(),
        lambda: p.forgot_self(),
        lambda: Plain(1),
        lambda: Plain(kind="x"),
        lambda: p < q,
        lambda: p + q,
        lambda: p.size(),
        lambda: p(),
        lambda: Plain.kind(),
        lambda: len(p),
        lambda: [v for v in p],
        lambda: p.move(),
        lambda: Labeled(5, "five").x,
        lambda: Labeled(5, "five").show(),
    ]
    for i, attempt in enumerate(attempts):
        try:
            print(i, "ok", attempt())
        except Exception as e:
            print(i, type(e).__name__, e)
    print(p.show(), Point.show(q), Labeled(5, "five").label)
    print(await asyncio.gather(p.move(10, 0.2), q.move(20, 0.1)))
    try:
        await p.broken()
    except AttributeError as e:
        print(type(e).__name__, e)
    t = asyncio.create_task(q.broken())
    results = await asyncio.gather(t, p.move(1, 0.2), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1])
    try:
        await asyncio.wait_for(q.move(1, 0.3), 0.1)
    except asyncio.TimeoutError as e:
        print(type(e).__name__, q.x)
    print(p == q, p == p, p is p, p is q)


asyncio.run(main())
