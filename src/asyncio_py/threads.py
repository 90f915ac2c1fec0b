# asyncio/threads.py of CPython 3.11, for the engine to run: `to_thread`
# hands the call to the loop's default executor (`run_in_executor`, the
# engine's own: `engine::threads`). CPython wraps the call in
# `functools.partial(contextvars.copy_context().run, func, *args,
# **kwargs)`; contexts are not modelled, and a closure makes the same call.

import asyncio


async def to_thread(func, /, *args, **kwargs):
    loop = asyncio.get_running_loop()

    def func_call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, func_call)
