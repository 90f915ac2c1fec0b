class M:
    def __matmul__(self, o):
        return "mm"
    def __rmatmul__(self, o):
        return "rmm"
    def __imatmul__(self, o):
        return self
m = M()
print(m @ m, 1 @ m)
m @= m
def stub(): ...
class Proto: ...
print(..., Ellipsis is ..., stub())
