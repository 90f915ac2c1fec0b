# How CPython prints a group nested deeper than 10 ("max_group_depth"), and
# sub-exceptions with a context: each printed where it stands, even one
# printed before as another's context.
import asyncio
async def main():
    deep = ValueError("leaf")
    for i in range(12):
        deep = ExceptionGroup(f"d{i}", [deep])
    a = KeyError("a")
    try:
        raise a
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as b:
            bb = b
    raise ExceptionGroup("top", [deep, bb, a, TypeError("after")])
asyncio.run(main())
