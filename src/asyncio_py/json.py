# json.dumps of CPython 3.11, after Lib/json/encoder.py (`JSONEncoder` and
# `_make_iterencode`, which the C encoder matches): the same text, the
# same order of `default` calls, the same errors. Not here: `dump`/`load`
# (files), and the encoder classes. (`loads` is `json_decoder.py`'s.)


# `ESCAPE_DCT`'s named escapes.
_JSON_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _json_escape(s, ensure_ascii):
    # `py_encode_basestring_ascii`, or `py_encode_basestring` when
    # non-ASCII text may stay as it is.
    out = '"'
    for c in s:
        n = ord(c)
        if c in _JSON_ESCAPES:
            out += _JSON_ESCAPES[c]
        elif n < 0x20:
            out += f"\\u{n:04x}"
        elif n < 0x7F or not ensure_ascii:
            out += c
        elif n < 0x10000:
            out += f"\\u{n:04x}"
        else:
            # A surrogate pair.
            n -= 0x10000
            out += f"\\u{0xD800 + n // 1024:04x}\\u{0xDC00 + n % 1024:04x}"
    return out + '"'


def _json_float(o, allow_nan):
    # `floatstr`.
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _JsonEncoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                 separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.markers = [] if check_circular else None
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        self.default = default
        self.sort_keys = sort_keys

    def _enter(self, o):
        if self.markers is not None:
            for m in self.markers:
                if m is o:
                    raise ValueError("Circular reference detected")
            self.markers.append(o)

    def _leave(self):
        if self.markers is not None:
            self.markers.pop()

    def scalar(self, o):
        # What `_iterencode` writes without recursing, or None.
        if isinstance(o, str):
            return _json_escape(o, self.ensure_ascii)
        if o is None:
            return "null"
        if isinstance(o, bool):
            return "true" if o else "false"
        if isinstance(o, int):
            return repr(int(o))
        if isinstance(o, float):
            return _json_float(o, self.allow_nan)
        return None

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            return text
        if isinstance(o, (list, tuple)):
            return self.encode_list(o, level)
        if isinstance(o, dict):
            return self.encode_dict(o, level)
        self._enter(o)
        if self.default is None:
            raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
        text = self.encode(self.default(o), level)
        self._leave()
        return text

    def _open(self, level):
        # The separator between items and the text after the opening
        # bracket, at one level deeper.
        if self.indent is None:
            return self.item_separator, "", None
        newline = "\n" + self.indent * (level + 1)
        return self.item_separator + newline, newline, "\n" + self.indent * level

    def encode_list(self, lst, level):
        if not lst:
            return "[]"
        self._enter(lst)
        separator, out, close = self._open(level)
        out = "[" + out
        first = True
        for value in lst:
            if not first:
                out += separator
            first = False
            out += self.encode(value, level + 1)
        if close is not None:
            out += close
        self._leave()
        return out + "]"

    def encode_dict(self, dct, level):
        if not dct:
            return "{}"
        self._enter(dct)
        separator, out, close = self._open(level)
        out = "{" + out
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _json_float(key, self.allow_nan)
            elif isinstance(key, bool):
                key = "true" if key else "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = repr(int(key))
            elif self.skipkeys:
                continue
            else:
                raise TypeError(
                    f"keys must be str, int, float, bool or None, not {type(key).__name__}"
                )
            if not first:
                out += separator
            first = False
            out += _json_escape(key, self.ensure_ascii) + self.key_separator
            out += self.encode(value, level + 1)
        if close is not None:
            out += close
        self._leave()
        return out + "}"


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    # As `json.dumps` does: a `cls` given is called with every option and
    # the other keywords, and its `encode` makes the text. (One deriving
    # from `json.JSONEncoder` cannot be written: the program cannot name
    # it.) Without one, the keywords go to `JSONEncoder`, which takes none
    # of the others.
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                   separators=separators, default=default, sort_keys=sort_keys,
                   **kw).encode(obj)
    for k in kw:
        raise TypeError(f"JSONEncoder.__init__() got an unexpected keyword argument '{k}'")
    encoder = _JsonEncoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                           separators, default, sort_keys)
    return encoder.encode(obj, 0)
