# itertools of CPython 3.11, which is C (Modules/itertoolsmodule.c),
# written again in Python for the engine to run: each type a class of the
# same name, stepped as the C code steps it (what it takes from its
# iterators, and when), with the C code's argument errors. Not here: tee
# and the types' pickling and `__length_hint__`. Every type derives from
# `_iterator`, which CPython's do not (a program cannot tell).


def _clinic(name, args, kwargs, params, defaults, maxpos=None):
    # Argument Clinic's parsing of a C function's arguments
    # (`_PyArg_UnpackKeywords`), with its messages: `params` are the
    # parameters' names in order, the last `len(defaults)` of them
    # optional, with those defaults; those past `maxpos` keyword-only.
    if maxpos is None:
        maxpos = len(params)
    given = len(args) + len(kwargs)
    if given > len(params):
        kind = "" if args else "keyword "
        raise TypeError(f"{name}() takes at most {len(params)} {kind}arguments ({given} given)")
    required = len(params) - len(defaults)
    if len(args) > maxpos:
        raise TypeError(
            f"{name}() takes at most {maxpos} positional arguments ({len(args)} given)"
        )
    values = list(args)
    for i in range(len(args), len(params)):
        p = params[i]
        if p in kwargs:
            values.append(kwargs.pop(p))
        elif i < required:
            raise TypeError(f"{name}() missing required argument '{p}' (pos {i + 1})")
        else:
            values.append(defaults[i - required])
    for k in kwargs:
        if k in params:
            raise TypeError(
                f"argument for {name}() given by name ('{k}') and position ({params.index(k) + 1})"
            )
        raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
    return values


def _positional(name, args, kwargs, least, most):
    # `PyArg_UnpackTuple` after `_PyArg_NoKeywords`, as the older types
    # parse their arguments.
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if least == most and n != least:
        s = '' if least == 1 else 's'
        raise TypeError(f"{name} expected {least} argument{s}, got {n}")
    if n < least:
        raise TypeError(f"{name} expected at least {least} arguments, got {n}")
    if n > most:
        raise TypeError(f"{name} expected at most {most} arguments, got {n}")


def _index(v):
    # `PyNumber_AsSsize_t`: an int (or a bool), else TypeError.
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return int(v)


def _number(v):
    if not isinstance(v, (int, float)):
        raise TypeError("a number is required")
    return v


class _iterator:
    # What every type here is: its own iterator.
    def __iter__(self):
        return self


class _function_and_iterator(_iterator):
    # starmap, takewhile, dropwhile and filterfalse: a function and an
    # iterator, parsed by `PyArg_UnpackTuple` under the type's C name.
    def __init__(self, *args, **kwargs):
        _positional(self._c_name, args, kwargs, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])
        self._done = False


class count(_iterator):
    def __init__(self, *args, **kwargs):
        start, step = _clinic("count", args, kwargs, ["start", "step"], [0, 1])
        start = _number(start)
        step = _number(step)
        # The C code's fast mode (an int start, a step of 1) keeps the
        # count as a C integer: a bool start becomes an int.
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start = int(start)
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1:
            return f"{name}({self._n!r})"
        return f"{name}({self._n!r}, {self._step!r})"


class cycle(_iterator):
    def __init__(self, *args, **kwargs):
        _positional("cycle", args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat(_iterator):
    def __init__(self, *args, **kwargs):
        given = len(args) > 1 or "times" in kwargs
        obj, times = _clinic("repeat", args, kwargs, ["object", "times"], [None])
        self._object = obj
        # Left out, it repeats for ever; given, it must be an int.
        self._left = max(_index(times), 0) if given else -1

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._object

    def __repr__(self):
        name = type(self).__name__
        if self._left < 0:
            return f"{name}({self._object!r})"
        return f"{name}({self._object!r}, {self._left})"


class chain(_iterator):
    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("chain.from_iterable() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        made = cls()
        made._source = iter(args[0])
        return made

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                # An argument that cannot be iterated ends the chain.
                try:
                    self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


def _ssize(v):
    # `PyNumber_AsSsize_t` with its error cleared: -1 for what is no int.
    if not isinstance(v, int):
        return -1
    return int(v)


class islice(_iterator):
    def __init__(self, *args, **kwargs):
        _positional("islice", args, kwargs, 2, 4)
        start, stop, step = 0, -1, 1
        stop_arg = args[1] if len(args) == 2 else args[2]
        if len(args) > 2 and args[1] is not None:
            start = _ssize(args[1])
        if stop_arg is not None:
            stop = _ssize(stop_arg)
            if stop == -1:
                raise ValueError(
                    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                )
        if start < 0 or stop < -1:
            raise ValueError(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            )
        if len(args) == 4 and args[3] is not None:
            step = _ssize(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        # Whatever ends it, its iterator's end or error, ends it for good.
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if self._stop != -1 and self._count >= self._stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            self._it = None
            raise
        self._count += 1
        old = self._next
        self._next += self._step
        if self._next < old or (self._stop != -1 and self._next > self._stop):
            self._next = self._stop
        return item


class zip_longest(_iterator):
    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self._its = [iter(i) for i in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        items = []
        for i in range(len(self._its)):
            it = self._its[i]
            if it is None:
                items.append(self._fill)
                continue
            try:
                items.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                items.append(self._fill)
            except BaseException:
                self._active = 0
                raise
        return tuple(items)


class product(_iterator):
    def __init__(self, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
            for k in kwargs:
                if k != "repeat":
                    raise TypeError(f"'{k}' is an invalid keyword argument for product()")
            repeat = _index(kwargs["repeat"])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        self._pools = [tuple(p) for p in iterables] * repeat
        self._indices = None
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
        else:
            indices = self._indices
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple([pools[k][self._indices[k]] for k in range(len(pools))])


def _r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return int(r)


class permutations(_iterator):
    def __init__(self, *args, **kwargs):
        iterable, r = _clinic("permutations", args, kwargs, ["iterable", "r"], [None])
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _r(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple([pool[k] for k in indices[:r]])
        if n == 0:
            self._done = True
            raise StopIteration
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                for k in range(i, n - 1):
                    indices[k] = indices[k + 1]
                indices[n - 1] = moved
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[n - j] = indices[n - j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._done = True
        raise StopIteration


class combinations(_iterator):
    def __init__(self, *args, **kwargs):
        iterable, r = _clinic("combinations", args, kwargs, ["iterable", "r"], [])
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = r > len(self._pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in self._indices])


class combinations_with_replacement(_iterator):
    def __init__(self, *args, **kwargs):
        iterable, r = _clinic(
            "combinations_with_replacement", args, kwargs, ["iterable", "r"], []
        )
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._pool = tuple(iterable)
        self._r = r
        self._indices = None
        self._done = not self._pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
        return tuple([pool[k] for k in self._indices])


class accumulate(_iterator):
    def __init__(self, *args, **kwargs):
        iterable, func, initial = _clinic(
            "accumulate", args, kwargs, ["iterable", "func", "initial"], [None, None], 2
        )
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._started = False
        self._total = None

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


def _equal(a, b):
    # `PyObject_RichCompareBool`: the same object is equal without its
    # `__eq__` being called. (Numbers, strings and tuples equal to
    # themselves need no such check, and `is` between them is refused.)
    plain = (int, float, str, tuple, range)
    if not (isinstance(a, plain) and isinstance(b, plain)) and a is b:
        return True
    return a == b


class groupby(_iterator):
    def __init__(self, *args, **kwargs):
        iterable, key = _clinic("groupby", args, kwargs, ["iterable", "key"], [None])
        self._it = iter(iterable)
        self._keyfunc = key
        self._has_tgt = False
        self._tgtkey = None
        self._has_curr = False
        self._currkey = None
        self._currvalue = None
        self._currgrouper = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key
        self._has_curr = True

    def __next__(self):
        self._currgrouper = None
        while True:
            if not self._has_curr:
                pass
            elif not self._has_tgt:
                break
            elif not _equal(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        self._has_tgt = True
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper(_iterator):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if not gbo._has_curr:
            gbo._step()
        if not _equal(self._tgtkey, gbo._currkey):
            raise StopIteration
        value = gbo._currvalue
        gbo._has_curr = False
        gbo._currvalue = None
        gbo._currkey = None
        return value


class starmap(_function_and_iterator):
    _c_name = "starmap"

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile(_function_and_iterator):
    _c_name = "takewhile"

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._done = True
        raise StopIteration


class dropwhile(_function_and_iterator):
    _c_name = "dropwhile"

    def __next__(self):
        while True:
            item = next(self._it)
            if self._done:
                return item
            if not self._func(item):
                self._done = True
                return item


class filterfalse(_function_and_iterator):
    _c_name = "filterfalse"

    def __next__(self):
        while True:
            item = next(self._it)
            if self._func is None:
                ok = bool(item)
            else:
                ok = bool(self._func(item))
            if not ok:
                return item


class compress(_iterator):
    def __init__(self, *args, **kwargs):
        data, selectors = _clinic("compress", args, kwargs, ["data", "selectors"], [])
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class pairwise(_iterator):
    def __init__(self, *args, **kwargs):
        _positional("pairwise", args, kwargs, 1, 1)
        self._it = iter(args[0])
        self._has_old = False
        self._old = None

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if not self._has_old:
                self._old = next(self._it)
                self._has_old = True
            new = next(self._it)
        except BaseException:
            self._it = None
            self._old = None
            raise
        result = (self._old, new)
        self._old = new
        return result
