# contextvars of CPython 3.11, which is C (Python/context.c), written again
# in Python for the engine to run. A Context keeps its variables in a dict
# that is never changed once it is a context's: ContextVar.set and reset
# give the context a new dict, as CPython's contexts get a new immutable
# map (a HAMT), so that a copy is a new Context sharing the dict.
#
# Which context is current is the engine's (`engine::contexts`), through
# `_interleave.context_current/enter/exit`: a task's steps run in the copy
# of the context it was made in, a callback in the copy made when it was
# scheduled, as asyncio's `Task` and `Handle` run them with
# `Context.run`. The classes' module is `_contextvars`, as CPython's are.
#
# Not here: `ContextVar[int]` (annotations are not evaluated), subclassing
# (CPython refuses it; the engine's classes do not check), and pickling.
# A context of two or more variables walks them in the order they were
# first set; CPython's map orders them by their hashes, which come from
# memory addresses, and the engine says so once (`ADDRESS_ORDERED`).

import _interleave


class _NoDefault:
    pass


_NO_DEFAULT = _NoDefault()
_MAKE = _NoDefault()


def _context():
    # `context_get`: the thread's first context is made on first use.
    ctx = _interleave.context_current()
    if ctx is None:
        ctx = Context()
        _interleave.context_enter(ctx)
    return ctx


def _copy_context():
    # What the engine calls as it makes a task or schedules a callback.
    return _context().copy()


def copy_context(*args, **kwargs):
    # METH_NOARGS.
    _no_kwargs("_contextvars.copy_context", kwargs)
    if args:
        raise TypeError(f"_contextvars.copy_context() takes no arguments ({len(args)} given)")
    return _context().copy()


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _one(name, args, kwargs):
    # METH_O.
    _no_kwargs(name, kwargs)
    if len(args) != 1:
        raise TypeError(f"{name}() takes exactly one argument ({len(args)} given)")
    return args[0]


def _address(r):
    # `%p` in a C repr: the address in what `object.__repr__` gave.
    return r[r.rindex(" ") + 1:-1]


class ContextVar:
    def __init__(self, *args, **kwargs):
        # `PyArg_ParseTupleAndKeywords(args, kwds, "O|$O:ContextVar")`,
        # the name positional-only.
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f"ContextVar() takes at most 2 arguments ({given} given)")
        if len(args) > 1:
            raise TypeError(f"ContextVar() takes at most 1 positional argument ({len(args)} given)")
        if not args:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        for k in kwargs:
            if k != "default":
                raise TypeError(f"'{k}' is an invalid keyword argument for ContextVar()")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = kwargs.get("default", _NO_DEFAULT)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError("readonly attribute")

    def get(self, *args, **kwargs):
        _no_kwargs("ContextVar.get", kwargs)
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        vars = _context()._vars
        if self in vars:
            return vars[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args, **kwargs):
        value = _one("ContextVar.set", args, kwargs)
        ctx = _context()
        old = ctx._vars.get(self, Token.MISSING)
        vars = dict(ctx._vars)
        vars[self] = value
        ctx._vars = vars
        return Token(_MAKE, ctx, self, old)

    def reset(self, *args, **kwargs):
        token = _one("ContextVar.reset", args, kwargs)
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _context()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        vars = dict(ctx._vars)
        if token._old is Token.MISSING:
            del vars[self]
        else:
            vars[self] = token._old
        ctx._vars = vars

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _NO_DEFAULT:
            r += f" default={self._default!r}"
        return f"{r} at {_address(super().__repr__())}>"


_MAKE = _NoDefault()


class Token:
    def __init__(self, *args, **kwargs):
        if len(args) != 4 or args[0] is not _MAKE:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self._ctx = args[1]
        self._var = args[2]
        self._old = args[3]
        self._used = False

    @property
    def var(self):
        return self._var

    @var.setter
    def var(self, value):
        raise AttributeError("readonly attribute")

    @property
    def old_value(self):
        return self._old

    @old_value.setter
    def old_value(self, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {_address(super().__repr__())}>"


class _TokenMissing:
    def __repr__(self):
        return "<Token.MISSING>"


Token.MISSING = _TokenMissing()


def _key(name, var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")
    return var


class Context:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._vars = {}

    def run(self, *args, **kwargs):
        if not args:
            raise TypeError("run() missing 1 required positional argument")
        if not _interleave.context_enter(self):
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        try:
            return args[0](*args[1:], **kwargs)
        finally:
            _interleave.context_exit()

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        return self._vars[_key("__getitem__", var)]

    def get(self, *args, **kwargs):
        _no_kwargs("Context.get", kwargs)
        if not args or len(args) > 2:
            raise TypeError(f"get expected at least 1 argument, got {len(args)}" if not args else f"get expected at most 2 arguments, got {len(args)}")
        var = _key("get", args[0])
        if var in self._vars:
            return self._vars[var]
        return args[1] if len(args) == 2 else None

    def __contains__(self, var):
        return _key("__contains__", var) in self._vars

    def __len__(self):
        return len(self._vars)

    def _walk(self, kind):
        # The variables, in the order they were first set (see the top).
        out = []
        for var in list(self._vars):
            if kind == "keys":
                out.append(var)
            elif kind == "values":
                out.append(self._vars[var])
            else:
                out.append((var, self._vars[var]))
        return _ITERATORS[kind](_MAKE, kind, out, len(self._vars))

    def __iter__(self):
        return self._walk("keys")

    def keys(self):
        return self._walk("keys")

    def values(self):
        return self._walk("values")

    def items(self):
        return self._walk("items")

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars


class _MapIter:
    # What a context's `keys()`, `values()`, `items()` and `iter()` give:
    # CPython's map iterators, each its own iterator, whose length is the
    # map's.
    def __init__(self, *args):
        # CPython's map iterators have no constructor: only `_walk`,
        # which holds `_MAKE`, makes one.
        if len(args) != 4 or args[0] is not _MAKE:
            raise TypeError(f"cannot create '{type(self).__name__}' instances")
        _, kind, items, size = args
        self._kind = kind
        self._items = items
        self._size = size
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._items):
            raise StopIteration
        self._at += 1
        return self._items[self._at - 1]

    def __len__(self):
        return self._size

    def __repr__(self):
        return f"<{self._kind} object at {_address(super().__repr__())}>"


# CPython's three map iterator types, named `keys`, `values` and `items`
# in `builtins` (`type(ctx.keys())` is `<class 'keys'>`).
class keys(_MapIter):
    __module__ = "builtins"


class values(_MapIter):
    __module__ = "builtins"


class items(_MapIter):
    __module__ = "builtins"


_ITERATORS = {"keys": keys, "values": values, "items": items}

