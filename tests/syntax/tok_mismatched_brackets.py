import asyncio
vals = [1, 2)
