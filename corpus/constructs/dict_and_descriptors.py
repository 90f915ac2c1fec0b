# What an object's __dict__ does not decide: a property (a data descriptor)
# wins over an entry of its name, and so do an exception's args,
# __cause__ and __suppress_context__; a property without a deleter
# cannot be deleted; a class attribute loses to the entry. A builtin value
# without a __dict__ takes no attribute, and vars() of it is a TypeError.
import asyncio

class A:
    def __init__(self):
        self.a = 1
class B(A):
    cls_attr = 5
    def __init__(self):
        super().__init__()
        self.b = 2
    @property
    def p(self):
        return self.a + self.b
b = B()
print(vars(b))
print(b.p)
b.__dict__['p'] = 100
print(b.p, vars(b))
print('cls_attr' in vars(b))
b.__dict__['cls_attr'] = 9
print(b.cls_attr, B.cls_attr)

class P:
    @property
    def v(self):
        return 1
q = P()
try:
    del q.v
except AttributeError as e:
    print('AE', e)
print(q.v)

class E(Exception):
    def __init__(self, code):
        self.code = code
def exc_args():
    e = E(5)
    print(e.args, vars(e), str(e), repr(e))
    e.__dict__['args'] = 'shadow?'
    print(e.args, vars(e))
exc_args()

def exc_chain():
    e = ValueError('x')
    e.__dict__['__cause__'] = KeyError('k')
    print(e.__cause__, sorted(vars(e)))
    e.__dict__['__suppress_context__'] = True
    print(e.__suppress_context__)
exc_chain()

class F(Exception):
    @property
    def code(self):
        return 42
def exc_property():
    e = F("m")
    e.__dict__['code'] = 1
    print(e.code, vars(e))
    try:
        e.code = 5
    except AttributeError as x:
        print('AE', x)
exc_property()


async def main():
    print(vars(b) == b.__dict__)


asyncio.run(main())
r = range(3)
try:
    r.x = 1
except AttributeError as e:
    print(e)
try:
    vars(r)
except TypeError as e:
    print(e)
s = {1}
try:
    s.y = 2
except AttributeError as e:
    print(e)
