import asyncio


async def name(text):
    await asyncio.sleep(0)
    return text


async def main():
    # Around the end of what the page's first download knows (U+0378).
    print(repr("\x1f \x7e\x7f\x9f\xa0\xa1\xac\xad\xae"), repr("\u036f\u0370\u0377\u0378\u0379\u037a"))
    # Separators, format and private-use characters, noncharacters.
    print(repr("\u2028\u2029\u3000\u1680\u202f"), repr("\u200b\u200e\u2060\ufeff\u061c"), repr("\ue000\uf8ff\uf900"))
    print(repr("\ufffd\ufffe\uffff"), repr("\U000e0001\U000e0100\U000e01f0"), repr("\U000f0000\U0010ffff"))
    # Assigned in Unicode 15 or later, so escaped by 3.11, beside ones 14 has.
    print(repr("\U0001f6dc\U0001faf8\U00011f00\U0001e030\U00031350"), repr("\U0001f6dd\U0001fae0\u0d81\u0870"))
    print(repr("日本 😀 café Ωμέγα"), ["a\u0378b", "\u200b"], ("\u3000",), {"\ue000": "\U0001f6dc"})
    line, odd = "\u2028", ["x\u0378"]
    print(f"{line!r} {odd} {line}|")
    results = await asyncio.gather(name("\u0378"), name("\U0001f600"))
    print(results)
    try:
        {}["\U0001f6dc"]
    except KeyError as e:
        print(e, repr(e))


asyncio.run(main())
