import asyncio
async def main():
    try:
        print('print(1, zz=1)', repr(print(1, zz=1)))
    except Exception as e:
        print('print(1, zz=1)', type(e).__name__, e)
    try:
        print('print(zz=1)', repr(print(zz=1)))
    except Exception as e:
        print('print(zz=1)', type(e).__name__, e)
    try:
        print('repr(1, zz=1)', repr(repr(1, zz=1)))
    except Exception as e:
        print('repr(1, zz=1)', type(e).__name__, e)
    try:
        print('repr(zz=1)', repr(repr(zz=1)))
    except Exception as e:
        print('repr(zz=1)', type(e).__name__, e)
    try:
        print('len([1], zz=1)', repr(len([1], zz=1)))
    except Exception as e:
        print('len([1], zz=1)', type(e).__name__, e)
    try:
        print('len(zz=1)', repr(len(zz=1)))
    except Exception as e:
        print('len(zz=1)', type(e).__name__, e)
    try:
        print('range(3, zz=1)', repr(range(3, zz=1)))
    except Exception as e:
        print('range(3, zz=1)', type(e).__name__, e)
    try:
        print('range(zz=1)', repr(range(zz=1)))
    except Exception as e:
        print('range(zz=1)', type(e).__name__, e)
    try:
        print('type(1, zz=1)', repr(type(1, zz=1)))
    except Exception as e:
        print('type(1, zz=1)', type(e).__name__, e)
    try:
        print('type(zz=1)', repr(type(zz=1)))
    except Exception as e:
        print('type(zz=1)', type(e).__name__, e)
    try:
        print('zip([1], zz=1)', repr(zip([1], zz=1)))
    except Exception as e:
        print('zip([1], zz=1)', type(e).__name__, e)
    try:
        print('zip(zz=1)', repr(zip(zz=1)))
    except Exception as e:
        print('zip(zz=1)', type(e).__name__, e)
    try:
        print('sum([1], zz=1)', repr(sum([1], zz=1)))
    except Exception as e:
        print('sum([1], zz=1)', type(e).__name__, e)
    try:
        print('sum(zz=1)', repr(sum(zz=1)))
    except Exception as e:
        print('sum(zz=1)', type(e).__name__, e)
    try:
        print('min([1, 2], zz=1)', repr(min([1, 2], zz=1)))
    except Exception as e:
        print('min([1, 2], zz=1)', type(e).__name__, e)
    try:
        print('min(zz=1)', repr(min(zz=1)))
    except Exception as e:
        print('min(zz=1)', type(e).__name__, e)
    try:
        print('max([1, 2], zz=1)', repr(max([1, 2], zz=1)))
    except Exception as e:
        print('max([1, 2], zz=1)', type(e).__name__, e)
    try:
        print('max(zz=1)', repr(max(zz=1)))
    except Exception as e:
        print('max(zz=1)', type(e).__name__, e)
    try:
        print('sorted([2, 1], zz=1)', repr(sorted([2, 1], zz=1)))
    except Exception as e:
        print('sorted([2, 1], zz=1)', type(e).__name__, e)
    try:
        print('sorted(zz=1)', repr(sorted(zz=1)))
    except Exception as e:
        print('sorted(zz=1)', type(e).__name__, e)
    try:
        print('any([1], zz=1)', repr(any([1], zz=1)))
    except Exception as e:
        print('any([1], zz=1)', type(e).__name__, e)
    try:
        print('any(zz=1)', repr(any(zz=1)))
    except Exception as e:
        print('any(zz=1)', type(e).__name__, e)
    try:
        print('all([1], zz=1)', repr(all([1], zz=1)))
    except Exception as e:
        print('all([1], zz=1)', type(e).__name__, e)
    try:
        print('all(zz=1)', repr(all(zz=1)))
    except Exception as e:
        print('all(zz=1)', type(e).__name__, e)
    try:
        print('abs(1, zz=1)', repr(abs(1, zz=1)))
    except Exception as e:
        print('abs(1, zz=1)', type(e).__name__, e)
    try:
        print('abs(zz=1)', repr(abs(zz=1)))
    except Exception as e:
        print('abs(zz=1)', type(e).__name__, e)
    try:
        print('isinstance(1, int, zz=1)', repr(isinstance(1, int, zz=1)))
    except Exception as e:
        print('isinstance(1, int, zz=1)', type(e).__name__, e)
    try:
        print('isinstance(zz=1)', repr(isinstance(zz=1)))
    except Exception as e:
        print('isinstance(zz=1)', type(e).__name__, e)
    try:
        print('round(1.5, zz=1)', repr(round(1.5, zz=1)))
    except Exception as e:
        print('round(1.5, zz=1)', type(e).__name__, e)
    try:
        print('round(zz=1)', repr(round(zz=1)))
    except Exception as e:
        print('round(zz=1)', type(e).__name__, e)
    try:
        print('format(1, zz=1)', repr(format(1, zz=1)))
    except Exception as e:
        print('format(1, zz=1)', type(e).__name__, e)
    try:
        print('format(zz=1)', repr(format(zz=1)))
    except Exception as e:
        print('format(zz=1)', type(e).__name__, e)
    try:
        print('list([1], zz=1)', repr(list([1], zz=1)))
    except Exception as e:
        print('list([1], zz=1)', type(e).__name__, e)
    try:
        print('list(zz=1)', repr(list(zz=1)))
    except Exception as e:
        print('list(zz=1)', type(e).__name__, e)
    try:
        print('tuple([1], zz=1)', repr(tuple([1], zz=1)))
    except Exception as e:
        print('tuple([1], zz=1)', type(e).__name__, e)
    try:
        print('tuple(zz=1)', repr(tuple(zz=1)))
    except Exception as e:
        print('tuple(zz=1)', type(e).__name__, e)
    try:
        print('dict(zz=1)', repr(dict(zz=1)))
    except Exception as e:
        print('dict(zz=1)', type(e).__name__, e)
    try:
        print('dict(zz=1)', repr(dict(zz=1)))
    except Exception as e:
        print('dict(zz=1)', type(e).__name__, e)
    try:
        print('str(1, zz=1)', repr(str(1, zz=1)))
    except Exception as e:
        print('str(1, zz=1)', type(e).__name__, e)
    try:
        print('str(zz=1)', repr(str(zz=1)))
    except Exception as e:
        print('str(zz=1)', type(e).__name__, e)
    try:
        print('int("1", zz=1)', repr(int("1", zz=1)))
    except Exception as e:
        print('int("1", zz=1)', type(e).__name__, e)
    try:
        print('int(zz=1)', repr(int(zz=1)))
    except Exception as e:
        print('int(zz=1)', type(e).__name__, e)
    try:
        print('float("1", zz=1)', repr(float("1", zz=1)))
    except Exception as e:
        print('float("1", zz=1)', type(e).__name__, e)
    try:
        print('float(zz=1)', repr(float(zz=1)))
    except Exception as e:
        print('float(zz=1)', type(e).__name__, e)
    try:
        print('bool(1, zz=1)', repr(bool(1, zz=1)))
    except Exception as e:
        print('bool(1, zz=1)', type(e).__name__, e)
    try:
        print('bool(zz=1)', repr(bool(zz=1)))
    except Exception as e:
        print('bool(zz=1)', type(e).__name__, e)
    try:
        print('round(1.5, 1, 2)', repr(round(1.5, 1, 2)))
    except Exception as e:
        print('round(1.5, 1, 2)', type(e).__name__, e)
    try:
        print('round(1.5, 1, x=2)', repr(round(1.5, 1, x=2)))
    except Exception as e:
        print('round(1.5, 1, x=2)', type(e).__name__, e)
    try:
        print('max(iterable=[1])', repr(max(iterable=[1])))
    except Exception as e:
        print('max(iterable=[1])', type(e).__name__, e)
    try:
        print('min(iterable=[1])', repr(min(iterable=[1])))
    except Exception as e:
        print('min(iterable=[1])', type(e).__name__, e)
    try:
        print('sum([1], start=2)', repr(sum([1], start=2)))
    except Exception as e:
        print('sum([1], start=2)', type(e).__name__, e)
    try:
        print('sum([1], 2, 3)', repr(sum([1], 2, 3)))
    except Exception as e:
        print('sum([1], 2, 3)', type(e).__name__, e)
    try:
        print('sorted([1], reverse=True, zz=1)', repr(sorted([1], reverse=True, zz=1)))
    except Exception as e:
        print('sorted([1], reverse=True, zz=1)', type(e).__name__, e)
    try:
        print('max([1], key=len, zz=2)', repr(max([1], key=len, zz=2)))
    except Exception as e:
        print('max([1], key=len, zz=2)', type(e).__name__, e)
    try:
        print('max(1, 2, default=3)', repr(max(1, 2, default=3)))
    except Exception as e:
        print('max(1, 2, default=3)', type(e).__name__, e)
    try:
        print("'a'.endswith(suffix='a')", repr('a'.endswith(suffix='a')))
    except Exception as e:
        print("'a'.endswith(suffix='a')", type(e).__name__, e)
    try:
        print("'a'.startswith(prefix='a')", repr('a'.startswith(prefix='a')))
    except Exception as e:
        print("'a'.startswith(prefix='a')", type(e).__name__, e)
    try:
        print("'a'.count(sub='a')", repr('a'.count(sub='a')))
    except Exception as e:
        print("'a'.count(sub='a')", type(e).__name__, e)
    try:
        print("'a'.replace(old='a', new='b')", repr('a'.replace(old='a', new='b')))
    except Exception as e:
        print("'a'.replace(old='a', new='b')", type(e).__name__, e)
    try:
        print("'a'.split(zz=1)", repr('a'.split(zz=1)))
    except Exception as e:
        print("'a'.split(zz=1)", type(e).__name__, e)
    try:
        print("'a'.join(iterable=[])", repr('a'.join(iterable=[])))
    except Exception as e:
        print("'a'.join(iterable=[])", type(e).__name__, e)
    try:
        print("'a'.strip(chars='a')", repr('a'.strip(chars='a')))
    except Exception as e:
        print("'a'.strip(chars='a')", type(e).__name__, e)
    try:
        print("'a'.upper(zz=1)", repr('a'.upper(zz=1)))
    except Exception as e:
        print("'a'.upper(zz=1)", type(e).__name__, e)
    try:
        print("'a'.lower(zz=1)", repr('a'.lower(zz=1)))
    except Exception as e:
        print("'a'.lower(zz=1)", type(e).__name__, e)
    try:
        print('[1].append(object=1)', repr([1].append(object=1)))
    except Exception as e:
        print('[1].append(object=1)', type(e).__name__, e)
    try:
        print('[1].index(value=1)', repr([1].index(value=1)))
    except Exception as e:
        print('[1].index(value=1)', type(e).__name__, e)
    try:
        print('[1].count(value=1)', repr([1].count(value=1)))
    except Exception as e:
        print('[1].count(value=1)', type(e).__name__, e)
    try:
        print('[1].insert(index=0, object=1)', repr([1].insert(index=0, object=1)))
    except Exception as e:
        print('[1].insert(index=0, object=1)', type(e).__name__, e)
    try:
        print('[1].pop(index=0)', repr([1].pop(index=0)))
    except Exception as e:
        print('[1].pop(index=0)', type(e).__name__, e)
    try:
        print('[1].remove(value=1)', repr([1].remove(value=1)))
    except Exception as e:
        print('[1].remove(value=1)', type(e).__name__, e)
    try:
        print('[1].sort(zz=1)', repr([1].sort(zz=1)))
    except Exception as e:
        print('[1].sort(zz=1)', type(e).__name__, e)
    try:
        print('[1].extend(iterable=[])', repr([1].extend(iterable=[])))
    except Exception as e:
        print('[1].extend(iterable=[])', type(e).__name__, e)
    try:
        print('{}.get(key=1)', repr({}.get(key=1)))
    except Exception as e:
        print('{}.get(key=1)', type(e).__name__, e)
    try:
        print('{}.pop(key=1)', repr({}.pop(key=1)))
    except Exception as e:
        print('{}.pop(key=1)', type(e).__name__, e)
    try:
        print('{}.setdefault(key=1)', repr({}.setdefault(key=1)))
    except Exception as e:
        print('{}.setdefault(key=1)', type(e).__name__, e)
    try:
        print('{}.keys(zz=1)', repr({}.keys(zz=1)))
    except Exception as e:
        print('{}.keys(zz=1)', type(e).__name__, e)
    try:
        print('{}.items(zz=1)', repr({}.items(zz=1)))
    except Exception as e:
        print('{}.items(zz=1)', type(e).__name__, e)
    try:
        print("'a'.isdigit(zz=1)", repr('a'.isdigit(zz=1)))
    except Exception as e:
        print("'a'.isdigit(zz=1)", type(e).__name__, e)
asyncio.run(main())
