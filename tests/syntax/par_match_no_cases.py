x = 1
match x:
    pass
