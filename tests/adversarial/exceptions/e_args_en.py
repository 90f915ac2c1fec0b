import asyncio
async def main():
    try:
        print('enumerate()', repr(enumerate()))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate()', type(e).__name__, e)
    try:
        print('enumerate(start=1)', repr(enumerate(start=1)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate(start=1)', type(e).__name__, e)
    try:
        print('enumerate([1],2,3)', repr(enumerate([1],2,3)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate([1],2,3)', type(e).__name__, e)
    try:
        print('enumerate([1], x=2)', repr(enumerate([1], x=2)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate([1], x=2)', type(e).__name__, e)
    try:
        print('enumerate([1], 2, start=3)', repr(enumerate([1], 2, start=3)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate([1], 2, start=3)', type(e).__name__, e)
    try:
        print('list(enumerate([1], True))', repr(list(enumerate([1], True))))
    except (TypeError, KeyError, IndexError) as e:
        print('list(enumerate([1], True))', type(e).__name__, e)
    try:
        print('list(enumerate([1], 1.5))', repr(list(enumerate([1], 1.5))))
    except (TypeError, KeyError, IndexError) as e:
        print('list(enumerate([1], 1.5))', type(e).__name__, e)
    try:
        print('enumerate([1], start=None)', repr(enumerate([1], start=None)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate([1], start=None)', type(e).__name__, e)
    try:
        print('enumerate(x=1)', repr(enumerate(x=1)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate(x=1)', type(e).__name__, e)
    try:
        print('enumerate([1], start=2, x=1)', repr(enumerate([1], start=2, x=1)))
    except (TypeError, KeyError, IndexError) as e:
        print('enumerate([1], start=2, x=1)', type(e).__name__, e)
    try:
        print('{}.pop([1])', repr({}.pop([1])))
    except (TypeError, KeyError, IndexError) as e:
        print('{}.pop([1])', type(e).__name__, e)
    try:
        print('{1:2}.pop([1], 3)', repr({1:2}.pop([1], 3)))
    except (TypeError, KeyError, IndexError) as e:
        print('{1:2}.pop([1], 3)', type(e).__name__, e)
    try:
        print('[1,2].pop(None)', repr([1,2].pop(None)))
    except (TypeError, KeyError, IndexError) as e:
        print('[1,2].pop(None)', type(e).__name__, e)
    try:
        print('[].pop()', repr([].pop()))
    except (TypeError, KeyError, IndexError) as e:
        print('[].pop()', type(e).__name__, e)
    try:
        print('{}.pop([1], 5)', repr({}.pop([1], 5)))
    except (TypeError, KeyError, IndexError) as e:
        print('{}.pop([1], 5)', type(e).__name__, e)
asyncio.run(main())
