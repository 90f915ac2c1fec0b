# Imports as published programs write them: from-imports of asyncio's and
# time's functions and exceptions, a module under another name, typing
# names for annotations, a __future__ import after the docstring. Each
# imported name is the object itself (same repr, same behaviour), and an
# `except` can name an imported exception class.
"""Fetch two things at once."""
from __future__ import annotations

import asyncio
import asyncio as aio
from asyncio import (
    sleep,
    gather,
    create_task as spawn,
    CancelledError,
    TimeoutError as Timeout,
)
from time import perf_counter, sleep as block, time as now
from typing import List, Optional


async def fetch(name, delay):
    start = perf_counter()
    await sleep(delay)
    return name, round(perf_counter() - start, 1)


async def stuck():
    try:
        await aio.sleep(10)
    except CancelledError:
        print("stuck() was cancelled")
        raise


async def main():
    t0 = now()
    print(await gather(fetch("a", 0.2), fetch("b", 0.1)))
    task = spawn(stuck())
    await sleep(0)
    task.cancel()
    try:
        await task
    except aio.CancelledError:
        print("main saw the cancellation")
    try:
        await aio.wait_for(sleep(1), 0.05)
    except Timeout:
        print("timed out")
    block(0.01)
    print(sleep is asyncio.sleep, block is asyncio.sleep, spawn == asyncio.create_task)
    print(CancelledError, Timeout is asyncio.TimeoutError, aio is asyncio)
    print(type(aio).__name__, round(now() - t0, 1))


asyncio.run(main())
