import asyncio
async def main():
    try:
        print('[1, 2].pop(None)', '->', repr([1, 2].pop(None)))
    except Exception as e:
        print('[1, 2].pop(None)', '!!', type(e).__name__, e)
    try:
        print("[].pop('x')", '->', repr([].pop('x')))
    except Exception as e:
        print("[].pop('x')", '!!', type(e).__name__, e)
    try:
        print("'ab'.replace('a', None)", '->', repr('ab'.replace('a', None)))
    except Exception as e:
        print("'ab'.replace('a', None)", '!!', type(e).__name__, e)
    try:
        print("list(enumerate('ab', True))", '->', repr(list(enumerate('ab', True))))
    except Exception as e:
        print("list(enumerate('ab', True))", '!!', type(e).__name__, e)
    try:
        print('enumerate(start=1)', '->', repr(enumerate(start=1)))
    except Exception as e:
        print('enumerate(start=1)', '!!', type(e).__name__, e)
    try:
        print('type(asyncio.sleep).__name__', '->', repr(type(asyncio.sleep).__name__))
    except Exception as e:
        print('type(asyncio.sleep).__name__', '!!', type(e).__name__, e)
    try:
        print('int[0]', '->', repr(int[0]))
    except Exception as e:
        print('int[0]', '!!', type(e).__name__, e)
    try:
        print("{}.pop([1], 'd')", '->', repr({}.pop([1], 'd')))
    except Exception as e:
        print("{}.pop([1], 'd')", '!!', type(e).__name__, e)
    try:
        print('len(asyncio.current_task())', '->', repr(len(asyncio.current_task())))
    except Exception as e:
        print('len(asyncio.current_task())', '!!', type(e).__name__, e)
    try:
        print('asyncio.current_task() + 1', '->', repr(asyncio.current_task() + 1))
    except Exception as e:
        print('asyncio.current_task() + 1', '!!', type(e).__name__, e)
    try:
        print('type(asyncio.current_task()).__name__', '->', repr(type(asyncio.current_task()).__name__))
    except Exception as e:
        print('type(asyncio.current_task()).__name__', '!!', type(e).__name__, e)
    try:
        print('str[0]', '->', repr(str[0]))
    except Exception as e:
        print('str[0]', '!!', type(e).__name__, e)
    try:
        print('range[1]', '->', repr(range[1]))
    except Exception as e:
        print('range[1]', '!!', type(e).__name__, e)
    try:
        print('zip[1]', '->', repr(zip[1]))
    except Exception as e:
        print('zip[1]', '!!', type(e).__name__, e)
    try:
        print('[].pop(1.0)', '->', repr([].pop(1.0)))
    except Exception as e:
        print('[].pop(1.0)', '!!', type(e).__name__, e)
    try:
        print('[1].pop(True)', '->', repr([1].pop(True)))
    except Exception as e:
        print('[1].pop(True)', '!!', type(e).__name__, e)
    try:
        print("'a'.split(None, None)", '->', repr('a'.split(None, None)))
    except Exception as e:
        print("'a'.split(None, None)", '!!', type(e).__name__, e)
    try:
        print("'a'.startswith(None)", '->', repr('a'.startswith(None)))
    except Exception as e:
        print("'a'.startswith(None)", '!!', type(e).__name__, e)
    try:
        print("'a'.join(None)", '->', repr('a'.join(None)))
    except Exception as e:
        print("'a'.join(None)", '!!', type(e).__name__, e)
    try:
        print('asyncio.gather() + 1', '->', repr(asyncio.gather() + 1))
    except Exception as e:
        print('asyncio.gather() + 1', '!!', type(e).__name__, e)
    try:
        print('len(asyncio.sleep(0))', '->', repr(len(asyncio.sleep(0))))
    except Exception as e:
        print('len(asyncio.sleep(0))', '!!', type(e).__name__, e)
asyncio.run(main())
