x = a b
y = (1,
s = "unterminated
