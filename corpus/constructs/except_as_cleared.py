# An `except ... as` name is deleted however the handler ends: also when
# it raises (or re-raises), so a later use is an UnboundLocalError.
import asyncio


async def main():
    try:
        try:
            raise KeyError("first")
        except KeyError as k:
            raise IndexError("second") from k
    except IndexError as i:
        print("handling", repr(i), repr(i.__cause__))
    try:
        print(k)
    except UnboundLocalError as e:
        print("k is gone:", e)
    try:
        print(i)
    except UnboundLocalError as e:
        print("i is gone:", e)
    for n in range(2):
        try:
            try:
                raise ValueError(n)
            except ValueError as v:
                if n == 0:
                    raise
                print("kept", v)
        except ValueError:
            pass
        try:
            print("v bound:", v)
        except UnboundLocalError:
            print("v unbound")


asyncio.run(main())
