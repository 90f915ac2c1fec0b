# Set operators and in-place forms, built as setobject.c builds each result
# (so a set of ints prints in CPython's table order), on tasks too
# (`asyncio.all_tasks() - {asyncio.current_task()}`), and `|`, `^`, `&`
# on ints and bools.
import asyncio
async def w(i):
    await asyncio.sleep(i / 100)
    return i
async def main():
    ts = {asyncio.create_task(w(i)) for i in range(3)}
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print(len(others), others == ts, others is ts)
    print(await asyncio.gather(*sorted(others, key=lambda t: t.get_name())))
    a = {1, 2, 3, 17, 33}
    b = {2, 3, 4, 49}
    print(a | b, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
    print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10} - {3}, set(range(40)) - {1, 2})
    print(6 & 3, 6 | 3, 6 ^ 3, True & False, True | 2, -5 & 0xff, 1 | 2 ^ 3 & 4)
    c = a
    c |= {64, 2}
    print(a, c is a)
    c -= {1, 64}
    print(a)
    c ^= {2, 100}
    print(a)
    c &= {3, 100, 17}
    print(a, c is a)
    d = {5}
    d -= d
    print(d)
    try:
        print({1} | [2])
    except TypeError as e:
        print(e)
    try:
        x = 1.5 & 1
    except TypeError as e:
        print(e)
    s = {1}
    s |= s
    s ^= s
    print(s)
    flags = 0
    flags |= 4
    flags &= 6
    flags ^= 1
    print(flags)
asyncio.run(main())
