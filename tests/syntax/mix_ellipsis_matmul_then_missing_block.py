def stub(): ...
a = [[1]]
class M:
    def __matmul__(self, o):
        return o
r = M() @ a
while r:
