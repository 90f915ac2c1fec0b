x = 1
for x y:
    pass
s = "unterminated
