x = 1 + \
    2
if x == 3 and \
   x > 0:
    print('ok'); print('again');
y = [1,
     2,   # comment
     3]
z = ("a"
     "b")
a = 1; b = 2; c = 3
print(x, y, z, a, b, c)
with \
    open(__file__) as fh:
    pass
