# Review cases: an except tuple holding a class that is no exception, a
# class named like asyncio's Task, a class attribute missing on an
# exception class, a tree of objects at the module level (a cycle), a
# class taking a builtin exception's name, classes on one line.
import asyncio
class Config: pass
class E(ValueError): pass
class Task:
    pass
class N:
    def __init__(self, parent=None):
        self.parent = parent; self.children = []
        if parent is not None: parent.children.append(self)
root = N(); N(root)

async def main():
    try:
        try:
            raise ValueError("v")
        except (ValueError, Config):
            print("caught")
    except TypeError as e:
        print("TypeError:", e, "| context:", repr(e.__context__))
    try:
        Task() + 1
    except TypeError as e:
        print(e)
    try:
        E.missing
    except AttributeError as e:
        print(e)
    print(len(root.children))



class TimeoutError(Exception): pass
async def fetch():
    await asyncio.sleep(0.1); raise TimeoutError("upstream slow")
async def main2():
    try: await fetch()
    except TimeoutError as e: print("caught", repr(e))
    try: await asyncio.wait_for(asyncio.sleep(1), 0.1)
    except TimeoutError as e: print("not this one")
    except Exception as e: print("builtin", type(e).__name__)
asyncio.run(main())
asyncio.run(main2())
