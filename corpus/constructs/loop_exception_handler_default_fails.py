# The default exception handler failing as it logs a context (a value's
# `__repr__` raising): call_exception_handler logs that instead ("Exception
# in default exception handler"), and the program goes on; so after a
# handler of the program's raised too. Called by the program,
# default_exception_handler raises to it.
import asyncio

class Bad:
    def __repr__(self):
        raise TypeError("bad repr")

def handler(loop, context):
    print("handler", context["message"])
    raise ValueError("handler failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "hello", "x": Bad()})
    print("after the default handler failed")
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "again", "x": Bad()})
    print("after both failed")
    try:
        loop.default_exception_handler({"message": "direct", "x": Bad()})
    except TypeError as e:
        print("raised to the program:", e)
    print(P.__init__ is P.__init__, P(1).__repr__ is P(1).__repr__)

from dataclasses import dataclass

@dataclass
class P:
    x: int

asyncio.run(main())
