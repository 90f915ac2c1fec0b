squares = {n: n * n for n in range(5)}
pairs = {*squares}
print(squares, pairs)
print(f"{squares[1]!x}")
