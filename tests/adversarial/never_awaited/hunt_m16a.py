import asyncio

async def noop():
    return 1

def risky():
    c = noop()
    raise ValueError("x")

def wrapper():
    try:
        risky()
    except ValueError as e:
        err = e
    return err

async def main():
    e = wrapper()
    e = None
    print("released")

asyncio.run(main())
