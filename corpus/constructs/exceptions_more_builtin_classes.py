# More builtin exception classes: NotImplementedError, ConnectionError and
# its subclasses, FileNotFoundError, PermissionError, and IOError (OSError).
import asyncio

class FetchError(ConnectionError):
    pass

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i == 1:
        raise ConnectionRefusedError(f"refused {i}")
    if i == 2:
        raise FetchError(f"custom {i}")
    if i == 3:
        raise NotImplementedError
    if i == 4:
        raise IOError("io")
    return i

async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    for r in results:
        print(repr(r), isinstance(r, OSError), isinstance(r, ConnectionError))
    print(IOError is OSError, EnvironmentError, ConnectionResetError.__name__)
    try:
        raise BrokenPipeError("pipe")
    except ConnectionError as e:
        print("caught", type(e).__name__, e)
    try:
        raise PermissionError("denied")
    except OSError as e:
        print("caught", repr(e))
    try:
        raise FileNotFoundError("nofile")
    except (KeyError, OSError) as e:
        print("caught", repr(e), str(e))
    try:
        raise NotImplementedError("later")
    except RuntimeError as e:
        print("caught", repr(e))
    t = asyncio.create_task(fetch(1))
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0)
    raise ConnectionAbortedError("abort")

asyncio.run(main())
