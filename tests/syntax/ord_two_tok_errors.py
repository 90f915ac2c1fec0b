x = 1abc
y = "unterminated
