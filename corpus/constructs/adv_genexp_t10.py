import asyncio
def src(tag):
    try:
        for i in range(5):
            print(tag, "yield", i)
            yield i
            if i == 2:
                raise ValueError("boom")
    finally:
        print(tag, "finally")
async def main():
    try:
        r = [x for x in src("L")]
    except ValueError as e:
        print("caught", e)
        print("in except")
    print("after L")
    try:
        r = {x for x in src("S")}
    except ValueError as e:
        print("caught", e)
    print("after S")
    try:
        r = {x: x for x in src("D")}
    except ValueError as e:
        print("caught", e)
    print("after D")
    def boom():
        raise KeyError("k")
    try:
        r = [boom() for x in src("L2")]
    except KeyError as e:
        print("caught2", e)
        print("in except2")
    print("after L2")
    try:
        r = [x for x in src("L3") if x > 1 and boom()]
    except KeyError as e:
        print("caught3", e)
    print("after L3")
    try:
        r = list(boom() for x in src("G1"))
    except KeyError as e:
        print("caught4", e)
    print("after G1")
    try:
        r = sum(boom() for x in src("G2"))
    except KeyError as e:
        print("caught5", e)
    print("after G2")
asyncio.run(main())
