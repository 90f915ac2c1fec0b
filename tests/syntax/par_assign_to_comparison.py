a = b = 1
a < b = True
