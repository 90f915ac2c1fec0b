import asyncio
if True:
    nonlocal counter
