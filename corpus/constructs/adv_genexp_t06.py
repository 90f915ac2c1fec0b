import asyncio
def src(tag):
    try:
        for i in range(5):
            print(tag, "yield", i)
            yield i
    finally:
        print(tag, "finally")
async def main():
    g = (x for x in src("A"))
    print(next(g))
    del g
    print("after del A")
    g = (x for x in src("B"))
    print(list(g))
    print("after list B")
    g = (x for x in src("C"))
    print(next(g))
    g.close()
    print("after close C")
    g = (x for x in src("D"))
    print("unstarted")
    del g
    print("after del D")
    def f():
        g = (x for x in src("E"))
        next(g)
        print("returning")
    f()
    print("after f")
asyncio.run(main())
