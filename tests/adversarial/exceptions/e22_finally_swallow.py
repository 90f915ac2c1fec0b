import asyncio


def f():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def g():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return i


def h():
    try:
        return "try"
    finally:
        print("h finally")


def k():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


async def main():
    print(f(), g(), h())
    try:
        k()
    except KeyError as e:
        print("KeyError", e)
    except ValueError as e:
        print("ValueError", e)
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)


asyncio.run(main())
