x = a b
if True:
        y = 1
    z = 2
s = "unterminated
