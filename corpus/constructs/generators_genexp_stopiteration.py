it = iter([1, 2])
try:
    print(list(next(it) for _ in range(5)))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
it = iter([1])
try:
    print(sum(next(it) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter([])
try:
    print(any(next(it) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print([next(it) for _ in range(3)])
except StopIteration as e:
    print("StopIteration in a list comprehension stays", repr(e))
it = iter([])
try:
    print(list(x for x in next(it)))
except StopIteration:
    print("StopIteration from the first iterable stays")
try:
    print(max(next(iter([])) for _ in "ab"))
except RuntimeError as e:
    print("RuntimeError:", e)
