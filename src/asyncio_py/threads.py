# asyncio/threads.py of CPython 3.11, for the engine to run: `to_thread`
# hands the call to the loop's default executor (`run_in_executor`, the
# engine's own: `engine::threads`), to run in a copy of the caller's
# context, as CPython's `functools.partial(contextvars.copy_context().run,
# func, *args, **kwargs)` does. A program that does not use contextvars
# has no context (`engine::contexts`): the call is made as it is.

import asyncio
import _interleave


async def to_thread(func, /, *args, **kwargs):
    loop = asyncio.get_running_loop()
    current = _interleave.context_current()
    if current is None:
        def func_call():
            return func(*args, **kwargs)
    else:
        ctx = current.copy()

        def func_call():
            return ctx.run(func, *args, **kwargs)

    return await loop.run_in_executor(None, func_call)
