# A dict's keys view orders as the set of its keys: against a set, either
# way round, or another keys view (subset tests, as CPython's
# dictview_richcompare does); against a list it is CPython's TypeError.
# Keys and items views equal a set holding their items; a values view
# never does.
d = {"a": 1, "b": 2}
e = {"a": 0}
print(d.keys() < {"a", "b", "c"}, d.keys() <= {"a", "b"}, d.keys() < {"a", "b"})
print({"a", "b", "c"} > d.keys(), {"a"} < d.keys(), {"a", "b"} >= d.keys())
print(e.keys() < d.keys(), d.keys() > e.keys(), d.keys() >= d.keys(), e.keys() > d.keys())
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() != {"a"})
print({1.0, 2} <= {1: 0, 2: 0, 3: 0}.keys())
try:
    print(d.keys() < [1])
except TypeError as x:
    print("TypeError:", x)
print(d.items() == {("a", 1), ("b", 2)}, {("b", 2)} != e.items(), d.values() == {1, 2})
try:
    print({"a": []}.items() == {("a", 1)})
except TypeError as x:
    print("TypeError:", x)
