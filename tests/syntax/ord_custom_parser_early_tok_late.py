x = 1
1 = x
y = 2
s = "unterminated
