# The exception handler called for a callback that raised runs in
# `Handle._run`'s `except`, outside the callback's context: the
# callback's exception is the one being handled (a bare `raise` re-raises
# it, what the handler raises is chained to it, a handler called with the
# wrong arguments too), and a context variable the callback set is not
# seen. An `async def` handler's coroutine is never awaited, warned once,
# at `call_exception_handler`'s line.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="outer")

def handler(loop, context):
    print("handler sees", v.get(), repr(context["exception"]))
    try:
        raise RuntimeError("inside")
    except RuntimeError as e:
        print("chained to", repr(e.__context__))
    try:
        raise
    except Exception as e:
        print("bare raise:", repr(e))
    if context["exception"].args == ("second",):
        raise KeyError("handler failed")

def one_arg(context):
    print("never")

def cb(tag):
    v.set(tag)
    raise ValueError(tag)

async def async_handler(loop, context):
    print("never awaited")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb, "first")
    await asyncio.sleep(0)
    loop.call_soon(cb, "second")
    await asyncio.sleep(0)
    loop.set_exception_handler(one_arg)
    loop.call_later(0.1, cb, "third")
    await asyncio.sleep(0.2)
    loop.set_exception_handler(async_handler)
    loop.call_exception_handler({"message": "a"})
    loop.call_exception_handler({"message": "b"})
    loop.call_soon(cb, "fourth")
    await asyncio.sleep(0)
    print(v.get())

asyncio.run(main())
