if (n := len("abc")) > 2:
    print(n)
while (m := n - 1) > 0:
    n = m
5 = n
