import asyncio


async def main():
    e = "\U0001f600"
    print(e > "\uffff", e > "\uff5e", "\uff5e" < e, sorted(["\uff5e", e, "a", "\ue000"]))
    print(len(e), len("a" + e + "b"), ("a" + e + "b")[1] == e, ("a" + e + "b")[2], ("a" + e + "b")[::-1])
    print(max("\uff5e", e) == e, min([e, "\ufffd"]) == "\ufffd", (e + "x").count(""), ("x" + e + "y").split(e))
    print(("a" + e).startswith(e[0:0]), (e * 3)[1:2] == e, ("ab" + e).replace(e, "!"), ("a" + e).strip("a") == e)
    s = "e\u0301"
    print(len(s), s == "\u00e9", repr(s), s[::-1] == "\u0301e")


asyncio.run(main())
