# asyncio/exceptions.py of CPython 3.11: the one class of it the engine
# does not have as a builtin exception kind.

import asyncio


class BrokenBarrierError(RuntimeError):
    pass
