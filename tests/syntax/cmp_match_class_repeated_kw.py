class C:
    a = 1
obj = C()
match obj:
    case C(a=1, a=2):
        pass
