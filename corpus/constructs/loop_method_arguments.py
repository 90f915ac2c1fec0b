# The loop's methods written in Python (`BaseEventLoop`'s) and their
# arguments' TypeErrors: missing, too many, a keyword given twice or
# unknown; the one argument by keyword.
import asyncio
loop = asyncio.new_event_loop()
for call in (lambda: loop.run_until_complete(), lambda: loop.run_until_complete(1, 2),
             lambda: loop.get_exception_handler(1), lambda: loop.get_exception_handler(x=1),
             lambda: loop.set_exception_handler(), lambda: loop.set_exception_handler(None, 2),
             lambda: loop.set_exception_handler(handler=3), lambda: loop.call_exception_handler(),
             lambda: loop.default_exception_handler(context=1, x=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
print(loop.get_exception_handler())
loop.set_exception_handler(handler=None)
print(loop.run_until_complete(future=asyncio.sleep(0, "ok")))
loop.close()
loop = asyncio.new_event_loop()
for call in (lambda: loop.is_running(x=1), lambda: loop.stop(y=2), lambda: loop.run_until_complete(1, future=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
loop.close()
