# pow() with two and three arguments (the modulus's sign, as % gives it)
# and its argument errors, and str.capitalize() on ASCII text.
import asyncio
async def main():
    print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(True, 5, 3), pow(10, 0, 1))
    for args in [(1,), (), (2, 3, 0), (2.0, 3, 5), (1, 2, 3, 4)]:
        try:
            pow(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print("hello world".capitalize(), "ABC dEF".capitalize(), "".capitalize(), "1abc".capitalize())
    try:
        pow(0, -1)
    except ZeroDivisionError as e:
        print(e)
asyncio.run(main())
