import asyncio


async def main():
    print(repr("\a\b\f\v"), repr("\101\102"), repr("\0"), repr("\12"), repr("\1234"))
    print(repr("\N{BULLET}"), repr("\x41\u0042\U00000043"), len(r"\n"), repr(r"a\tb"))
    print(repr("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{EM DASH}" == "\u2014", len("\N{BULLET}"))
    print(repr("line1\
line2"), repr('''a 'q' "d" '''), repr("a" "b" 'c'), repr("""x
y"""))
    print(repr(f"{'x'!r}"), repr(f"{{}}"), repr(f"{1}{{2}}"), repr(rf"\d{1}"), repr(Rb_ok()))


def Rb_ok():
    return R"\w"


asyncio.run(main())
