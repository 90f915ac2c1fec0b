a = b = c = 1
del a
del b, c
xs = [1, 2, 3, 4]
del xs[0]
del xs[0:1], xs[-1]
d = {"k": 1, "j": 2}
del (d["k"])
del [d["j"]]
class O: pass
o = O(); o.attr = 1
del o.attr
p, q = 1, 2
del (p, q)
r, s = 1, 2
del [r, s],
print(xs, d)
