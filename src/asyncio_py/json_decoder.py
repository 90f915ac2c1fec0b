# json.loads of CPython 3.11, after Lib/json/decoder.py and scanner.py as
# the C scanner (`_json.c`, which CPython uses) runs them: the same values,
# and the same errors at the same positions (a string's errors are the C
# scanner's: "Invalid control character at", "Invalid \escape" at the
# backslash). The regular expressions are written out as loops. Not here:
# `load` (files), bytes (which a program cannot make), the decoder classes,
# the recursion limit, and a `\ud800` escape not followed by its pair (a
# lone surrogate, which Interleave's strings cannot hold: refused).

import _interleave


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        lineno = before.count("\n") + 1
        colno = pos - before.rfind("\n")
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        super().__init__(errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _JsonStop(Exception):
    # The scanner's `StopIteration(idx)`: no value starts at `idx`.
    def __init__(self, idx):
        self.idx = idx


_JSON_WS = " \t\n\r"
_JSON_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_JSON_HEX = "0123456789abcdefABCDEF"
_JSON_DIGITS = "0123456789"


def _json_skip_ws(s, end):
    # `WHITESPACE.match(s, end).end()`.
    while end < len(s) and s[end] in _JSON_WS:
        end += 1
    return end


def _json_after_item(s, end, close):
    # After an object's member or an array's item: `close` ends it
    # (True), or a comma comes before the next one (False); with where
    # the scan goes on, past the whitespace.
    end = _json_skip_ws(s, end)
    nextchar = s[end:end + 1]
    if nextchar == close:
        return True, end + 1
    if nextchar != ",":
        raise JSONDecodeError("Expecting ',' delimiter", s, end)
    return False, _json_skip_ws(s, end + 1)


def _json_hex4(s, at, error_at):
    # Four hex digits from `at`, or the C scanner's error.
    n = 0
    for c in s[at:at + 4]:
        if c not in _JSON_HEX:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, error_at)
        n = n * 16 + "0123456789abcdef".index(c.lower())
    return n


def _json_scanstring(s, end, strict, lone):
    # `scanstring_unicode`: `end` is just past the opening quote. A lone
    # surrogate is noted in `lone` (a list), for `loads` to refuse once
    # the document has parsed: an error after it is CPython's to raise.
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        nxt = end
        c = ""
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == "\\":
                break
            if strict and ord(c) <= 0x1F:
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt == n or (c != '"' and c != "\\"):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != "u":
            end = nxt + 1
            if c not in _JSON_BACKSLASH:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            chunks.append(_JSON_BACKSLASH[c])
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        u = _json_hex4(s, nxt, end - 5)
        if 0xD800 <= u <= 0xDBFF and end + 6 < n and s[end:end + 2] == "\\u":
            u2 = _json_hex4(s, end + 2, end + 1)
            if 0xDC00 <= u2 <= 0xDFFF:
                u = 0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00))
                end += 6
        if 0xD800 <= u <= 0xDFFF:
            lone.append(u)
            u = 0xFFFD
        chunks.append(chr(u))
    return "".join(chunks), end


def _json_number(s, idx):
    # `_match_number_unicode`: the text of the number at `idx`, whether it
    # is a float, and where it ends; None where no number starts.
    n = len(s)
    i = idx
    if i < n and s[i] == "-":
        i += 1
    if i < n and s[i] in "123456789":
        i += 1
        while i < n and s[i] in _JSON_DIGITS:
            i += 1
    elif i < n and s[i] == "0":
        i += 1
    else:
        return None
    is_float = False
    if i < n - 1 and s[i] == "." and s[i + 1] in _JSON_DIGITS:
        is_float = True
        i += 2
        while i < n and s[i] in _JSON_DIGITS:
            i += 1
    if i < n - 1 and s[i] in "eE":
        e = i
        i += 1
        if i < n - 1 and s[i] in "-+":
            i += 1
        j = i
        while i < n and s[i] in _JSON_DIGITS:
            i += 1
        if i > j:
            is_float = True
        else:
            i = e
    return s[idx:i], is_float, i


class _JsonScanner:
    def __init__(self, strict, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant):
        self.strict = strict
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.lone = []

    def scan(self, s, idx):
        if idx >= len(s):
            raise _JsonStop(idx)
        c = s[idx]
        if c == '"':
            return _json_scanstring(s, idx + 1, self.strict, self.lone)
        if c == "{":
            return self.object(s, idx + 1)
        if c == "[":
            return self.array(s, idx + 1)
        if c == "n" and s[idx:idx + 4] == "null":
            return None, idx + 4
        if c == "t" and s[idx:idx + 4] == "true":
            return True, idx + 4
        if c == "f" and s[idx:idx + 5] == "false":
            return False, idx + 5
        if c == "N" and s[idx:idx + 3] == "NaN":
            return self.constant("NaN"), idx + 3
        if c == "I" and s[idx:idx + 8] == "Infinity":
            return self.constant("Infinity"), idx + 8
        if c == "-" and s[idx:idx + 9] == "-Infinity":
            return self.constant("-Infinity"), idx + 9
        number = _json_number(s, idx)
        if number is None:
            raise _JsonStop(idx)
        text, is_float, end = number
        if is_float:
            value = float(text) if self.parse_float is None else self.parse_float(text)
        else:
            value = int(text) if self.parse_int is None else self.parse_int(text)
        return value, end

    def constant(self, name):
        if self.parse_constant is not None:
            return self.parse_constant(name)
        if name == "NaN":
            return float("nan")
        if name == "Infinity":
            return float("inf")
        return -float("inf")

    def value(self, s, end):
        try:
            return self.scan(s, end)
        except _JsonStop as stop:
            raise JSONDecodeError("Expecting value", s, stop.idx) from None

    def object(self, s, end):
        # `JSONObject`.
        pairs = []
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _JSON_WS:
                end = _json_skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == "}":
                return self.made(pairs), end + 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = _json_scanstring(s, end, self.strict, self.lone)
            if s[end:end + 1] != ":":
                end = _json_skip_ws(s, end)
                if s[end:end + 1] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _json_skip_ws(s, end + 1)
            value, end = self.value(s, end)
            pairs.append((key, value))
            closed, end = _json_after_item(s, end, "}")
            if closed:
                break
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
        return self.made(pairs), end

    def made(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        made = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(made)
        return made

    def array(self, s, end):
        # `JSONArray`.
        values = []
        end = _json_skip_ws(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            value, end = self.value(s, end)
            values.append(value)
            closed, end = _json_after_item(s, end, "]")
            if closed:
                break
        return values, end


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is not None:
        _interleave.refuse("json.loads(cls=...) is not supported yet")
    strict = True
    for k in kw:
        if k != "strict":
            raise TypeError(f"JSONDecoder.__init__() got an unexpected keyword argument '{k}'")
        strict = kw[k]
    scanner = _JsonScanner(strict, object_hook, object_pairs_hook, parse_float, parse_int,
                           parse_constant)
    obj, end = scanner.value(s, _json_skip_ws(s, 0))
    end = _json_skip_ws(s, end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    if scanner.lone:
        _interleave.refuse("json.loads of a `\\u` escape of a lone surrogate is not supported yet: Interleave's strings cannot hold one")
    return obj
