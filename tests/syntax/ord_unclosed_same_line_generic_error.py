x = (a b
y = 2
