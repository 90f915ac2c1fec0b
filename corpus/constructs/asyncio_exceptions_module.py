# asyncio.exceptions, where asyncio defines its exception classes: as an
# attribute of asyncio, imported itself, and imported from.
import asyncio
import asyncio.exceptions
import asyncio.exceptions as ae
from asyncio import exceptions


async def slow():
    await asyncio.sleep(1)


async def main():
    print(asyncio.exceptions.TimeoutError is TimeoutError, ae.CancelledError is asyncio.CancelledError)
    print(exceptions.InvalidStateError.__name__, exceptions.CancelledError.__mro__ if False else "")
    try:
        await asyncio.wait_for(slow(), 0.1)
    except exceptions.TimeoutError as e:
        print("timed out", type(e).__name__, isinstance(e, ae.TimeoutError))
    try:
        raise ae.InvalidStateError("bad")
    except asyncio.InvalidStateError as e:
        print(repr(e))
    try:
        asyncio.exceptions.Nope
    except AttributeError as e:
        print(e)


asyncio.run(main())
