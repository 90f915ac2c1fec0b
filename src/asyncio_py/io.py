# sys.stdout and sys.stderr of CPython 3.11, which are C (`_io.TextIOWrapper`,
# Modules/_io/textio.c), written again in Python for the engine to run. What
# a program does with them: `write` (which returns how many characters it
# wrote), `writelines`, `flush`, `print(..., file=...)`, and reading their
# name, mode and encoding. The writing itself is the engine's: `print` given
# one of these two objects writes to its stream (`interp::builtins`), so
# `write` prints its text with `file=self`. Not here: what depends on where
# the output goes (`isatty`, `seekable`, `line_buffering`, `errors`,
# `buffer`), reading, closing and `reconfigure`, which the engine refuses as
# CPython's names it does not model.


def _textio_no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"TextIOWrapper.{name}() takes no keyword arguments")


def _textio_noargs(name, args, kwargs):
    # METH_NOARGS.
    _textio_no_kwargs(name, kwargs)
    if args:
        raise TypeError(f"TextIOWrapper.{name}() takes no arguments ({len(args)} given)")


class TextIOWrapper:
    def __init__(self, name, fd):
        self.mode = "w"
        self._name = name
        self._fd = fd

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError("attribute 'name' of '_io.TextIOWrapper' objects is not writable")

    @property
    def encoding(self):
        return "utf-8"

    @encoding.setter
    def encoding(self, value):
        # A C member, not a property.
        raise AttributeError("readonly attribute")

    @property
    def closed(self):
        return False

    @closed.setter
    def closed(self, value):
        raise AttributeError("attribute 'closed' of '_io.TextIOWrapper' objects is not writable")

    def write(self, *args, **kwargs):
        # METH_O.
        _textio_no_kwargs("write", kwargs)
        if len(args) != 1:
            raise TypeError(
                f"TextIOWrapper.write() takes exactly one argument ({len(args)} given)"
            )
        text = args[0]
        if not isinstance(text, str):
            kind = "None" if text is None else type(text).__name__
            raise TypeError(f"write() argument must be str, not {kind}")
        print(text, end="", file=self)
        return len(text)

    def writelines(self, *args, **kwargs):
        # `_io__IOBase_writelines`: each line written as it is taken.
        if kwargs:
            raise TypeError("_IOBase.writelines() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(
                f"_IOBase.writelines() takes exactly one argument ({len(args)} given)"
            )
        for line in args[0]:
            self.write(line)

    def flush(self, *args, **kwargs):
        # Nothing waits in a buffer here.
        _textio_noargs("flush", args, kwargs)

    def fileno(self, *args, **kwargs):
        _textio_noargs("fileno", args, kwargs)
        return self._fd

    def writable(self, *args, **kwargs):
        _textio_noargs("writable", args, kwargs)
        return True

    def readable(self, *args, **kwargs):
        _textio_noargs("readable", args, kwargs)
        return False

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self._name}' mode='w' encoding='utf-8'>"


stdout = TextIOWrapper("<stdout>", 1)
stderr = TextIOWrapper("<stderr>", 2)
