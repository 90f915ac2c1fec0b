# json.loads as CPython's C scanner reads: values, hooks, and each error
# with its message and position.
import json

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}}'))
print(json.loads("  [ ]  "), json.loads('{}'), json.loads('"\\ud83d\\ude00"'))
print(json.loads('[-Infinity, NaN, Infinity, 1E+2, 0.5e-1]'))
for s in ["\"a\x01b\"", "\"a\\qb\"", "\"ab", "\"\\u12\"", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "", "  ", "[1 2]", "1.", "-", "01", "[", "{", "\ufeff1", "nul", "[1,2,]", "{\"a\":}", "tru", "1e", "{\"a\":1 \"b\":2}", "\"\\", "\"\\u0041", "[1,\n 2,\n ]", "{\"a\": 1, \"a\": 2}", "1 2"]:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "!!", e, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"x": 1, "y": [1, {"z": 2}]}', object_hook=lambda d: sorted(d)))
print(json.loads('[1, 2.0]', parse_int=str, parse_float=lambda t: "F" + t))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('"a\tb"', strict=False))
try:
    json.loads(5)
except TypeError as e:
    print(e)
try:
    json.loads("[1]", foo=1)
except TypeError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "doc", 1), ValueError), repr(json.JSONDecodeError("m", "d\noc", 3)))
json.loads("[1, 2")
