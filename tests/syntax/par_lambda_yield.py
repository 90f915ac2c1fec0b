def gen():
    f = lambda x: yield
