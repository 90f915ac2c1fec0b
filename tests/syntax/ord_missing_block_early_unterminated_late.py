def f():
x = 1
s = "unterminated
