# The module's own name, `__main__`, read anywhere (the guard too).
import asyncio
print(__name__)
async def main():
    print(__name__, __name__ == "__main__")
if __name__ == "__main__":
    asyncio.run(main())
