"""Calls CPython itself rejects: the engine raises the TypeError CPython
raises, word for word. (`time.sleep` and `time.perf_counter` are left out:
the tests' virtual clock replaces them in CPython.)"""
import asyncio
import time


async def main():
    try:
        len(obj=1)
    except Exception as e:
        print('len(obj=1)', "->", type(e).__name__, e)
    try:
        repr(obj=1)
    except Exception as e:
        print('repr(obj=1)', "->", type(e).__name__, e)
    try:
        abs(x=1)
    except Exception as e:
        print('abs(x=1)', "->", type(e).__name__, e)
    try:
        format(value=1)
    except Exception as e:
        print('format(value=1)', "->", type(e).__name__, e)
    try:
        range(stop=1)
    except Exception as e:
        print('range(stop=1)', "->", type(e).__name__, e)
    try:
        isinstance(obj=1, class_or_tuple=int)
    except Exception as e:
        print('isinstance(obj=1, class_or_tuple=int)', "->", type(e).__name__, e)
    try:
        str(x=1)
    except Exception as e:
        print('str(x=1)', "->", type(e).__name__, e)
    try:
        int(x=1)
    except Exception as e:
        print('int(x=1)', "->", type(e).__name__, e)
    try:
        float(x=1)
    except Exception as e:
        print('float(x=1)', "->", type(e).__name__, e)
    try:
        bool(x=1)
    except Exception as e:
        print('bool(x=1)', "->", type(e).__name__, e)
    try:
        any(iterable=[])
    except Exception as e:
        print('any(iterable=[])', "->", type(e).__name__, e)
    try:
        sum()
    except Exception as e:
        print('sum()', "->", type(e).__name__, e)
    try:
        sum(1, 2, 3)
    except Exception as e:
        print('sum(1, 2, 3)', "->", type(e).__name__, e)
    try:
        sum(1)
    except Exception as e:
        print('sum(1)', "->", type(e).__name__, e)
    try:
        enumerate()
    except Exception as e:
        print('enumerate()', "->", type(e).__name__, e)
    try:
        enumerate(1, 2, 3)
    except Exception as e:
        print('enumerate(1, 2, 3)', "->", type(e).__name__, e)
    try:
        enumerate(1)
    except Exception as e:
        print('enumerate(1)', "->", type(e).__name__, e)
    try:
        round()
    except Exception as e:
        print('round()', "->", type(e).__name__, e)
    try:
        round(1, 2, 3)
    except Exception as e:
        print('round(1, 2, 3)', "->", type(e).__name__, e)
    try:
        zip(1)
    except Exception as e:
        print('zip(1)', "->", type(e).__name__, e)
    try:
        zip([1], 2)
    except Exception as e:
        print('zip([1], 2)', "->", type(e).__name__, e)
    try:
        abs()
    except Exception as e:
        print('abs()', "->", type(e).__name__, e)
    try:
        abs(1, 2)
    except Exception as e:
        print('abs(1, 2)', "->", type(e).__name__, e)
    try:
        repr()
    except Exception as e:
        print('repr()', "->", type(e).__name__, e)
    try:
        len()
    except Exception as e:
        print('len()', "->", type(e).__name__, e)
    try:
        len(1, 2)
    except Exception as e:
        print('len(1, 2)', "->", type(e).__name__, e)
    try:
        len(5)
    except Exception as e:
        print('len(5)', "->", type(e).__name__, e)
    try:
        isinstance(1)
    except Exception as e:
        print('isinstance(1)', "->", type(e).__name__, e)
    try:
        format()
    except Exception as e:
        print('format()', "->", type(e).__name__, e)
    try:
        format(1, 2, 3)
    except Exception as e:
        print('format(1, 2, 3)', "->", type(e).__name__, e)
    try:
        range()
    except Exception as e:
        print('range()', "->", type(e).__name__, e)
    try:
        range(1, 2, 3, 4)
    except Exception as e:
        print('range(1, 2, 3, 4)', "->", type(e).__name__, e)
    try:
        range(1.5)
    except Exception as e:
        print('range(1.5)', "->", type(e).__name__, e)
    try:
        type()
    except Exception as e:
        print('type()', "->", type(e).__name__, e)
    try:
        type(1, 2)
    except Exception as e:
        print('type(1, 2)', "->", type(e).__name__, e)
    try:
        str(1, 2, 3, 4)
    except Exception as e:
        print('str(1, 2, 3, 4)', "->", type(e).__name__, e)
    try:
        int(1, 2, 3)
    except Exception as e:
        print('int(1, 2, 3)', "->", type(e).__name__, e)
    try:
        float(1, 2)
    except Exception as e:
        print('float(1, 2)', "->", type(e).__name__, e)
    try:
        bool(1, 2)
    except Exception as e:
        print('bool(1, 2)', "->", type(e).__name__, e)
    try:
        list(1, 2)
    except Exception as e:
        print('list(1, 2)', "->", type(e).__name__, e)
    try:
        tuple(1, 2)
    except Exception as e:
        print('tuple(1, 2)', "->", type(e).__name__, e)
    try:
        dict(1, 2)
    except Exception as e:
        print('dict(1, 2)', "->", type(e).__name__, e)
    try:
        list(1)
    except Exception as e:
        print('list(1)', "->", type(e).__name__, e)
    try:
        tuple(1)
    except Exception as e:
        print('tuple(1)', "->", type(e).__name__, e)
    try:
        dict(1)
    except Exception as e:
        print('dict(1)', "->", type(e).__name__, e)
    try:
        sorted()
    except Exception as e:
        print('sorted()', "->", type(e).__name__, e)
    try:
        sorted(1, 2)
    except Exception as e:
        print('sorted(1, 2)', "->", type(e).__name__, e)
    try:
        sorted(1)
    except Exception as e:
        print('sorted(1)', "->", type(e).__name__, e)
    try:
        min()
    except Exception as e:
        print('min()', "->", type(e).__name__, e)
    try:
        max(1)
    except Exception as e:
        print('max(1)', "->", type(e).__name__, e)
    try:
        min(1, key=2, x=3)
    except Exception as e:
        print('min(1, key=2, x=3)', "->", type(e).__name__, e)
    try:
        any()
    except Exception as e:
        print('any()', "->", type(e).__name__, e)
    try:
        all(1, 2)
    except Exception as e:
        print('all(1, 2)', "->", type(e).__name__, e)
    try:
        any(1)
    except Exception as e:
        print('any(1)', "->", type(e).__name__, e)
    try:
        print(end=1)
    except Exception as e:
        print('print(end=1)', "->", type(e).__name__, e)
    try:
        print(sep=1)
    except Exception as e:
        print('print(sep=1)', "->", type(e).__name__, e)
    try:
        print(foo=1)
    except Exception as e:
        print('print(foo=1)', "->", type(e).__name__, e)
    try:
        asyncio.gather(x=1)
    except Exception as e:
        print('asyncio.gather(x=1)', "->", type(e).__name__, e)
    try:
        asyncio.create_task()
    except Exception as e:
        print('asyncio.create_task()', "->", type(e).__name__, e)
    try:
        asyncio.create_task(1, 2)
    except Exception as e:
        print('asyncio.create_task(1, 2)', "->", type(e).__name__, e)
    try:
        asyncio.create_task(coro=1, x=2)
    except Exception as e:
        print('asyncio.create_task(coro=1, x=2)', "->", type(e).__name__, e)
    try:
        asyncio.create_task(5)
    except Exception as e:
        print('asyncio.create_task(5)', "->", type(e).__name__, e)
    try:
        asyncio.create_task(None)
    except Exception as e:
        print('asyncio.create_task(None)', "->", type(e).__name__, e)
    try:
        asyncio.wait_for(1)
    except Exception as e:
        print('asyncio.wait_for(1)', "->", type(e).__name__, e)
    try:
        asyncio.current_task(1, 2)
    except Exception as e:
        print('asyncio.current_task(1, 2)', "->", type(e).__name__, e)
    try:
        isinstance(1, 2)
    except Exception as e:
        print('isinstance(1, 2)', "->", type(e).__name__, e)
    try:
        sorted([2, 1], key=1)
    except Exception as e:
        print('sorted([2, 1], key=1)', "->", type(e).__name__, e)
    try:
        dict([1, 2])
    except Exception as e:
        print('dict([1, 2])', "->", type(e).__name__, e)
    try:
        dict([("a", 1, 2)])
    except Exception as e:
        print('dict([("a", 1, 2)])', "->", type(e).__name__, e)
    try:
        round("a")
    except Exception as e:
        print('round("a")', "->", type(e).__name__, e)
    try:
        round(1.5, 2.0)
    except Exception as e:
        print('round(1.5, 2.0)', "->", type(e).__name__, e)
    try:
        abs("x")
    except Exception as e:
        print('abs("x")', "->", type(e).__name__, e)
    try:
        [].append()
    except Exception as e:
        print('[].append()', "->", type(e).__name__, e)
    try:
        [].append(1, 2)
    except Exception as e:
        print('[].append(1, 2)', "->", type(e).__name__, e)
    try:
        [].pop(1, 2)
    except Exception as e:
        print('[].pop(1, 2)', "->", type(e).__name__, e)
    try:
        [].insert(1)
    except Exception as e:
        print('[].insert(1)', "->", type(e).__name__, e)
    try:
        [].index()
    except Exception as e:
        print('[].index()', "->", type(e).__name__, e)
    try:
        [].count()
    except Exception as e:
        print('[].count()', "->", type(e).__name__, e)
    try:
        [].extend()
    except Exception as e:
        print('[].extend()', "->", type(e).__name__, e)
    try:
        [].sort(1)
    except Exception as e:
        print('[].sort(1)', "->", type(e).__name__, e)
    try:
        [].reverse(1)
    except Exception as e:
        print('[].reverse(1)', "->", type(e).__name__, e)
    try:
        [].copy(1)
    except Exception as e:
        print('[].copy(1)', "->", type(e).__name__, e)
    try:
        [].clear(1)
    except Exception as e:
        print('[].clear(1)', "->", type(e).__name__, e)
    try:
        [].remove()
    except Exception as e:
        print('[].remove()', "->", type(e).__name__, e)
    try:
        {}.get()
    except Exception as e:
        print('{}.get()', "->", type(e).__name__, e)
    try:
        {}.get(1, 2, 3)
    except Exception as e:
        print('{}.get(1, 2, 3)', "->", type(e).__name__, e)
    try:
        {}.pop()
    except Exception as e:
        print('{}.pop()', "->", type(e).__name__, e)
    try:
        {}.setdefault()
    except Exception as e:
        print('{}.setdefault()', "->", type(e).__name__, e)
    try:
        {}.keys(1)
    except Exception as e:
        print('{}.keys(1)', "->", type(e).__name__, e)
    try:
        {}.update(1, 2)
    except Exception as e:
        print('{}.update(1, 2)', "->", type(e).__name__, e)
    try:
        {}.copy(1)
    except Exception as e:
        print('{}.copy(1)', "->", type(e).__name__, e)
    try:
        "".join()
    except Exception as e:
        print('"".join()', "->", type(e).__name__, e)
    try:
        "".split(1, 2, 3)
    except Exception as e:
        print('"".split(1, 2, 3)', "->", type(e).__name__, e)
    try:
        "".strip(1, 2)
    except Exception as e:
        print('"".strip(1, 2)', "->", type(e).__name__, e)
    try:
        "".upper(1)
    except Exception as e:
        print('"".upper(1)', "->", type(e).__name__, e)
    try:
        "".replace(1)
    except Exception as e:
        print('"".replace(1)', "->", type(e).__name__, e)
    try:
        "".startswith()
    except Exception as e:
        print('"".startswith()', "->", type(e).__name__, e)
    try:
        "".count()
    except Exception as e:
        print('"".count()', "->", type(e).__name__, e)
    try:
        "".endswith(1, 2, 3, 4)
    except Exception as e:
        print('"".endswith(1, 2, 3, 4)', "->", type(e).__name__, e)
    try:
        "".join(1)
    except Exception as e:
        print('"".join(1)', "->", type(e).__name__, e)
    try:
        "".strip(1)
    except Exception as e:
        print('"".strip(1)', "->", type(e).__name__, e)
    try:
        "".split(1)
    except Exception as e:
        print('"".split(1)', "->", type(e).__name__, e)
    try:
        "".startswith(1)
    except Exception as e:
        print('"".startswith(1)', "->", type(e).__name__, e)
    try:
        "".replace(1, 2)
    except Exception as e:
        print('"".replace(1, 2)', "->", type(e).__name__, e)
    try:
        "".count(1)
    except Exception as e:
        print('"".count(1)', "->", type(e).__name__, e)


asyncio.run(main())
