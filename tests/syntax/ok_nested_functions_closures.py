def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter()
c(); c()
print(c(5))

def deep():
    a = 1
    def l1():
        def l2():
            return a
        return l2()
    return l1()
print(deep())
class Outer:
    class Inner:
        v = 1
    def m(self):
        return self.Inner.v
print(Outer().m())
