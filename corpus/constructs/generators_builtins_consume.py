import asyncio

def squares(n):
    for i in range(n):
        yield i * i

def pairs():
    yield "a", 1
    yield "b", 2
    yield "a", 3

def words():
    yield "gamma"
    yield "alpha"
    yield "beta"

async def main():
    print(sorted(squares(5), reverse=True))
    print(sum(squares(4)), sum(squares(3), 100))
    print(min(squares(4)), max(squares(4)))
    print(min(words(), key=len), max(words(), key=lambda w: w[-1]))
    print(list(squares(3)), tuple(squares(3)))
    print(dict(pairs()))
    print(sorted(set(squares(4))))
    print(", ".join(words()))
    print("-".join(str(x) for x in squares(3)))
    print(sorted(words(), key=len))
    print(set(squares(2)) == {0, 1})
    try:
        "".join(squares(2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        dict(words())
    except ValueError as e:
        print("ValueError:", e)
    print(len(list(squares(10))))
    try:
        len(squares(3))
    except TypeError as e:
        print("TypeError:", e)
    try:
        squares(3)[0]
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
