a = [1, 2, 3]
del a[0], a[-1]
d = {"k": 1}
del d["k"]
del len(a)
