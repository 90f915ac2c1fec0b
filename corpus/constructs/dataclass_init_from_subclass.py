# A dataclass's generated __init__ reached from a class that is not a
# dataclass, through super().__init__(...) and Base.__init__(self, ...).
from dataclasses import dataclass
@dataclass
class Base:
    x: int
class Plain(Base):
    def __init__(self, q):
        super().__init__(q)
print(Plain(3))
