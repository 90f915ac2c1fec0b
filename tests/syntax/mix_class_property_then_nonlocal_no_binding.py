class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v

def outer():
    def inner():
        nonlocal nothing
    return inner
