import asyncio

# Python's literals as CPython 3.11's tokenizer reads them: every escape a
# str literal decodes, raw strings, f-strings' literal parts, and numbers in
# every base, with underscores. Characters outside printable ASCII are
# compared and counted rather than shown.


def show(label, s):
    print(label, repr(s), len(s))


async def main():
    show("octal", "\101\102\60\1234\1018")
    show("hex", "\x41\x7e\u0042\U00000043\x4A\u004a")
    show("quotes", "\\ \' \" '\"")
    show("unknown escapes stay", "\d\q\8\9\z\ ")
    show("raw", r"\n\t\x41\N{X}\'\"")
    show("joined", "one\
two")
    show("triple", """a 'b' "c" \
d""")
    show("adjacent", "a\x41" 'b\102' r"\c")
    show("non-ASCII", "\u00e9\U0001F600\xe9")

    print(len("\a\b\f\v\0"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
    print("\0" == "\x00" == "\000", "\n\r\t" == "\12\15\11" == "\u000a\x0d\U00000009")
    print("\777" == "\u01ff", "\400" == "\U00000100", len("\1234"), len("\0000"))
    print(r"a\
b" == "a\\\nb", len(r"\
"), "x\
" == "x")
    print('''a
b''' == "a\nb", len("""
"""))

    x = 5
    name = "Ada"
    show("f literal", f"{x}\x41{{\x7b}}|")
    show("f backslash brace", f"\{x}\\{x}")
    show("rf", rf"\d{x}\t{name!r}")
    show("fr spec", fr"{x!r:>3}|{name:*<5}|\n")
    show("f spec escape", f"{x:\x3e4}|{x:\60>3}")
    show("f braces in fields", f"{'}'}{'{'}{ {'k': x}['k'] }{[x, 2][1]}")
    print(f"""{x}
{name}\x21""" == "5\nAda!", f"\t{x}\n" == "\t5\n", "\18" == "\x018")
    show("f concat", "a\x41" f"{x}\x42" "\x43")
    print(f"\a{x}\b" == "\x075\x08", len(f"{x}\0"))

    print(0x1F, 0XAB, 0o17, 0O7, 0b101, 0B1, 0x_ff, 0b_1_0, 0o_7, 0xdead_BEEF)
    print(1_000_000, 0_0, 00, 000, 1_2_3, 0, 7)
    print(0x7FFFFFFFFFFFFFFF, -0x7FFFFFFFFFFFFFFF, 0o777_777, 0b1111_0000)
    print(1e3, 1E-3, .5, 5., 1_0.0_1, 0e0, 1_0e1_0, 0.000_001)
    print(01.5, 0009., 00.5, 0_0.5, 1.e5, 1e-400, 9999999999999999999999.0)
    print(1e+3, 2E+0_1, .5e-3, 5.e2, 1.7976931348623157e308)


asyncio.run(main())
