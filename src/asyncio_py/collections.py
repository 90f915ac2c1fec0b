# collections.deque of CPython 3.11, which is C (Modules/_collectionsmodule.c),
# written again in Python for the engine to run: a list holds the items,
# left first, and `_state` counts the changes that move items, as the C
# deque's `state` does, so that an iterator over a deque changed under it
# raises CPython's RuntimeError. The methods parse their arguments as the C
# ones do, with their messages. Not here: the operators (`+`, `*`, `+=`,
# which the engine refuses on the library's objects), `reversed()` (refused
# too), pickling and `__copy__`, and the other types of `collections`.


def _deque_no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"deque.{name}() takes no keyword arguments")


def _deque_noargs(name, args, kwargs):
    # METH_NOARGS.
    _deque_no_kwargs(name, kwargs)
    if args:
        raise TypeError(f"deque.{name}() takes no arguments ({len(args)} given)")


def _deque_one(name, args, kwargs):
    # METH_O.
    _deque_no_kwargs(name, kwargs)
    if len(args) != 1:
        raise TypeError(f"deque.{name}() takes exactly one argument ({len(args)} given)")
    return args[0]


def _deque_index(v):
    # `PyNumber_AsSsize_t`.
    if not isinstance(v, int):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return int(v)


def _deque_equal(x, y):
    # `PyObject_RichCompareBool`: the same object is equal without its
    # `__eq__` being called. (Numbers, strings and tuples equal to
    # themselves need no such check, and `is` between them is refused.)
    plain = (int, float, str, tuple, range)
    if not (isinstance(x, plain) and isinstance(y, plain)) and x is y:
        return True
    return x == y


class deque:
    def __init__(self, *args, **kwargs):
        # `deque_init`: `PyArg_ParseTupleAndKeywords(args, kwds, "|OO:deque")`.
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f"deque() takes at most 2 arguments ({given} given)")
        params = ["iterable", "maxlen"]
        values = list(args) + [None] * (2 - len(args))
        for k in kwargs:
            if k not in params:
                raise TypeError(f"'{k}' is an invalid keyword argument for deque()")
            at = params.index(k)
            if at < len(args):
                raise TypeError(
                    f"argument for deque() given by name ('{k}') and position ({at + 1})"
                )
            values[at] = kwargs[k]
        iterable, maxlen = values
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._maxlen = maxlen
        self._state = 0
        self._in_repr = False
        if iterable is not None:
            self._extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _append(self, x):
        if self._maxlen == 0:
            return
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def _appendleft(self, x):
        if self._maxlen == 0:
            return
        self._state += 1
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def _extend(self, iterable):
        # Extending a deque with itself reads it whole first.
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self._append(x)

    def append(self, *args, **kwargs):
        self._append(_deque_one("append", args, kwargs))

    def appendleft(self, *args, **kwargs):
        self._appendleft(_deque_one("appendleft", args, kwargs))

    def extend(self, *args, **kwargs):
        self._extend(_deque_one("extend", args, kwargs))

    def extendleft(self, *args, **kwargs):
        iterable = _deque_one("extendleft", args, kwargs)
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self._appendleft(x)

    def pop(self, *args, **kwargs):
        _deque_noargs("pop", args, kwargs)
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self, *args, **kwargs):
        _deque_noargs("popleft", args, kwargs)
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop(0)

    def clear(self, *args, **kwargs):
        _deque_noargs("clear", args, kwargs)
        self._state += 1
        self._items.clear()

    def copy(self, *args, **kwargs):
        _deque_noargs("copy", args, kwargs)
        return deque(self._items, self._maxlen)

    def _rotate(self, n):
        size = len(self._items)
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n:
            self._items = self._items[size - n:] + self._items[:size - n]

    def rotate(self, *args, **kwargs):
        _deque_no_kwargs("rotate", kwargs)
        if len(args) > 1:
            raise TypeError(f"deque.rotate expected at most 1 argument, got {len(args)}")
        self._rotate(_deque_index(args[0]) if args else 1)

    def reverse(self, *args, **kwargs):
        _deque_noargs("reverse", args, kwargs)
        self._items.reverse()

    def count(self, *args, **kwargs):
        v = _deque_one("count", args, kwargs)
        state = self._state
        n = 0
        for x in list(self._items):
            if _deque_equal(x, v):
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, *args, **kwargs):
        _deque_no_kwargs("index", kwargs)
        if not args:
            raise TypeError("index() takes at least 1 argument (0 given)")
        if len(args) > 3:
            raise TypeError(f"index() takes at most 3 arguments ({len(args)} given)")
        v = args[0]
        size = len(self._items)
        bounds = []
        for b in args[1:]:
            if not isinstance(b, int):
                raise TypeError("slice indices must be integers or have an __index__ method")
            b = int(b)
            if b < 0:
                b = max(b + size, 0)
            bounds.append(min(b, size))
        start = bounds[0] if bounds else 0
        stop = bounds[1] if len(bounds) > 1 else size
        state = self._state
        for i in range(start, stop):
            if i >= len(self._items):
                break
            if _deque_equal(self._items[i], v):
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{v!r} is not in deque")

    def insert(self, *args, **kwargs):
        _deque_no_kwargs("insert", kwargs)
        if len(args) != 2:
            raise TypeError(f"insert() takes exactly 2 arguments ({len(args)} given)")
        i, x = _deque_index(args[0]), args[1]
        size = len(self._items)
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if i >= size:
            self._append(x)
        elif i <= -size or i == 0:
            self._appendleft(x)
        else:
            # `_deque_rotate(-index)`, the item appended on the left, and
            # the rotation undone: three changes.
            if i < 0:
                i += size
            self._state += 3
            self._items.insert(i, x)

    def remove(self, *args, **kwargs):
        v = _deque_one("remove", args, kwargs)
        state = self._state
        for i in range(len(self._items)):
            found = _deque_equal(self._items[i], v)
            if state != self._state:
                raise IndexError("deque mutated during iteration")
            if found:
                del self[i]
                return None
        raise ValueError(f"{v!r} is not in deque")

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return _deque_iterator(self)

    def __contains__(self, v):
        state = self._state
        for x in list(self._items):
            if _deque_equal(x, v):
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        i = int(i)
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, v):
        self._items[self._position(i)] = v

    def __delitem__(self, i):
        i = self._position(i)
        # `deque_del_item`: rotated to the item, popped, rotated back.
        self._state += 3
        del self._items[i]

    def __repr__(self):
        # `Py_ReprEnter`: a deque inside itself is `[...]`.
        if self._in_repr:
            return "[...]"
        self._in_repr = True
        try:
            items = repr(self._items)
        finally:
            self._in_repr = False
        if self._maxlen is None:
            return f"deque({items})"
        return f"deque({items}, maxlen={self._maxlen})"

    def _compare(self, other, op):
        # `deque_richcompare`.
        if not isinstance(other, deque):
            return NotImplemented
        if op in ("==", "!=") and len(self) != len(other):
            return op == "!="
        for x, y in zip(list(self._items), list(other._items)):
            if not _deque_equal(x, y):
                if op == "==":
                    return False
                if op == "!=":
                    return True
                if op == "<":
                    return x < y
                if op == "<=":
                    return x <= y
                if op == ">":
                    return x > y
                return x >= y
        a, b = len(self), len(other)
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, "==")

    def __ne__(self, other):
        return self._compare(other, "!=")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")


class _deque_iterator:
    # `dequeiter_next`: the deque's items from the left, as long as its
    # state is the one it had when the iterator was made.
    def __init__(self, d):
        self._deque = d
        self._state = d._state
        self._index = 0
        self._counter = len(d._items)

    def __iter__(self):
        return self

    def __next__(self):
        if self._deque._state != self._state:
            self._counter = 0
            raise RuntimeError("deque mutated during iteration")
        if self._counter == 0:
            raise StopIteration
        item = self._deque._items[self._index]
        self._index += 1
        self._counter -= 1
        return item
