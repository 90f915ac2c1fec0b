class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()

class A(Base, metaclass=Meta, flag=True):
    x = 1; y = 2

class B(): pass
class C(*[Base], **{"metaclass": Meta}): pass
class D: x = 1; y = 2
print(A.x, A.y, D.y, type(C).__name__)
