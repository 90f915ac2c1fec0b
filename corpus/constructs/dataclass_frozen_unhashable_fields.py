# A frozen dataclass hashes the tuple of its compared fields: a field
# holding a list, a dict or a non-frozen dataclass makes it unhashable.
from dataclasses import dataclass
@dataclass(frozen=True)
class F:
    a: list
@dataclass(frozen=True)
class G:
    f: F
try:
    s = {F([1])}
    print("hashed", s)
except TypeError as e:
    print("TE", e)
try:
    print({G(F([]))})
except TypeError as e:
    print("TE", e)
print({F((1, 2)): 'ok'})
