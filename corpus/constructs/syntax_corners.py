import asyncio  # comments after code
import time


# Comments and blank lines anywhere, odd spacing, continuation lines.
async def add(a,b = 1) :
  total = a + \
      b
  return total   # two-space indentation is fine


async def main( ):
    x = await add(1)  ;  y = await add(2, b = 3)
    print(x, y)
    values = [
        await add(10),
        await add(20, 5),   # trailing comma next
    ]
    print(values)
    print('''triple
quoted''', """and "double" ones""")
    print('single \'escaped\' quote', "tab\there", r'raw \n stays')
    print(f"{x!r} and {values} and {'nested'}", f'{x + y}')
    msg = ("implicit "
           "concatenation")
    print(msg)
    neg = -x; print(neg, -neg, 7 // 2, 7 % 3, 7 / 2, 2 * 3.5, 1 - 0.5)
    print(1 < 2, 2 <= 1, 3 == 3.0, 'a' != 'b', not True, True and False or None)
    if x: print("one-line if")
    for i in range(2): print("one-line for", i)
    pass


asyncio.run(main())
