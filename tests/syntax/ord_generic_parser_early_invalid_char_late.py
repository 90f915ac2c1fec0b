x = 1 2 3 4
y = a b
price = 5€
