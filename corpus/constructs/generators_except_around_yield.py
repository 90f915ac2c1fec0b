import asyncio

def catch_all():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__)
    finally:
        print("catch_all finally")

def catch_base():
    try:
        yield 1
        yield 2
    except BaseException as e:
        print("caught base", type(e).__name__)
        return "swallowed"

def return_in_finally():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"

def with_else():
    try:
        x = yield "first"
    except ValueError:
        print("no")
    else:
        print("else with", x)
        yield "from else"

async def main():
    g = catch_all()
    next(g)
    g.close()
    g = catch_base()
    next(g)
    print(g.close())
    print(list(return_in_finally()))
    g = return_in_finally()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.args)
    g = with_else()
    print(next(g), g.send("sent"))
    print(next(g, "done"))

asyncio.run(main())
