x = 0
print(1 if x else 2)
print("a" if x else "b" if not x else "c")
y = [i if i % 2 else -i for i in range(4)]
print(y, (lambda v: v if v else None)(0))
