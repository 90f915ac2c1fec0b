def f():
    from os import *
    return 1
