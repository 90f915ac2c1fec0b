class A:
    xs = [(y := i) for i in range(3)]
