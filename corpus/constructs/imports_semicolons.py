# Imports followed by other statements on their line, after `;`.
import asyncio; import time
from time import sleep; x = 1
print(x)
async def main(): print("m"); await asyncio.sleep(0)
asyncio.run(main()); print("end")
