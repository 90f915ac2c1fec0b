import asyncio

def selfish():
    yield 1
    yield next(me)

me = selfish()

def sender():
    x = yield 1
    me2.send(x)
    yield 2

me2 = sender()

async def main():
    print(next(me))
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    print(next(me, "dead"))
    next(me2)
    try:
        me2.send(3)
    except ValueError as e:
        print("ValueError:", e)
    me3 = selfish()
    next(me3)
    global_me = me3

asyncio.run(main())
