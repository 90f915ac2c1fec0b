try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("v", e.exceptions)
except* TypeError:
    print("t")

try:
    pass
finally:
    print("finally")

try:
    1 / 0
except (ZeroDivisionError, ValueError) as exc:
    print(type(exc).__name__)
except Exception:
    pass
except:
    pass
else:
    print("else")
finally:
    print("fin")

for i in range(3):
    try:
        continue
    finally:
        break

def f():
    try:
        return 1
    finally:
        pass
print(f())
try:
    raise KeyError("a") from None
except KeyError:
    pass
try:
    try:
        raise ValueError
    except ValueError as e:
        raise RuntimeError("x") from e
except RuntimeError as e2:
    print(repr(e2.__cause__))
