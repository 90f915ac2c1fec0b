xs = list(range(10))
print(xs[1:3], xs[::2], xs[::-1], xs[:], xs[-3:], xs[:-3], xs[1:8:3])
class M:
    def __getitem__(self, k):
        return k
m = M()
print(m[1:2, ::3], m[..., 0], m[1:2:3, 4], m[:, None])
print(m[()], m[1,], m[a := 2], m[lambda: 0 if True else 1] is not None)
xs[1:3] = [9]
del xs[::2]
print(xs)
