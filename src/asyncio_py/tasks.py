# The functions of asyncio/tasks.py of CPython 3.11 written in Python
# there, step for step, for the engine to run (`gather`, `wait_for`,
# `sleep` and `create_task` are the engine's own).

import asyncio


def shield(arg):
    inner = asyncio.ensure_future(arg)
    if inner.done():
        return inner
    loop = asyncio.get_running_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer
