import asyncio


async def main():
    print(2**-1, (-2)**-1, 0**0, 0.0**0, 10**-2, 2**0.5, (-2)**2, -2**2)
    print(7**22, (-1)**(2**62), (-1)**(2**62 + 1), 1**(2**62), 2.0**62, 2.0**-1074)
    print(10.0**22, 10.0**23, 1.1**10, 0.5**1075, (-0.0)**3, (-0.0)**2)
    try:
        print(0.0**-1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(0**-1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(10.0**400)
    except OverflowError as e:
        print("OverflowError", e)
    print(True**2, 2**True, 3**-2)


asyncio.run(main())
