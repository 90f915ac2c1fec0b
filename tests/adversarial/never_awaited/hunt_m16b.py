import asyncio

async def noop():
    pass

def wrapper():
    c = noop()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return err

async def main():
    wrapper()
    print("released")

asyncio.run(main())
