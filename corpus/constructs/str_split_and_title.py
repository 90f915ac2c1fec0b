import asyncio
async def main():
    print("hello wORLD it's 3rd-party x_y".title(), "".title(), "ABC DEF".title())
    print("a,b,c,d".split(",", 2), "a b  c d".split(None, 1), " a b c ".split(maxsplit=1))
    print("a,b,c,d".rsplit(",", 1), " a b c ".rsplit(maxsplit=1), "a b c".rsplit())
    print("a,b,,c".split(",", 0), " a  b ".split(maxsplit=0), " a  b ".rsplit(maxsplit=0), "  ".split(maxsplit=1))
    print("x=1=2".split(sep="=", maxsplit=1), "x=1=2".split(maxsplit=1, sep="="), "a\tb\nc".split(None, -1))
    print("a,b".split(",", -5), "a,b,c".rsplit(",", 5), "".split(","), "".rsplit())
    try:
        "a".split(maxsplit=None)
    except TypeError as e:
        print("TypeError", e)
    try:
        "a".rsplit("")
    except ValueError as e:
        print("ValueError", e)
asyncio.run(main())
