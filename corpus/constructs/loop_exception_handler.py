# loop.set_exception_handler(handler): the loop calls it with (loop, context)
# instead of logging its reports: a task never retrieved (the future
# itself in the context), a callback that raised (the handle), a task that
# raised as asyncio.run shut down (the task); a handler that raises goes to
# default_exception_handler, which the program may call too, as it may
# call_exception_handler with a context of its own.
import asyncio

seen = []

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", sorted(context), context["message"].split(" at ")[0], repr(exc))
    if "future" in context:
        print("  future:", context["future"].get_name(), context["future"].done())
    seen.append(context["message"].split(" at ")[0])
    if isinstance(exc, KeyError):
        raise RuntimeError("handler failed")

async def fails(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"fail {n}")

def bad_callback(x):
    print("callback", x)
    return 1 / x

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("raised while cancelled")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(fails(1))
    await asyncio.sleep(0.2)
    del t
    print("after del")
    loop.call_soon(bad_callback, 0)
    loop.call_later(0.1, bad_callback, 2)
    await asyncio.sleep(0.3)
    loop.call_exception_handler({"message": "custom", "exception": KeyError("k"), "extra": [1, 2]})
    loop.call_exception_handler({"message": "plain", "zeta": 1, "alpha": "a"})
    loop.default_exception_handler({"message": "direct default", "value": [1, 2], "exception": None})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(seen)

asyncio.run(main())
print("end")
