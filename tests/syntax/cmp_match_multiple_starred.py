xs = [1, 2]
match xs:
    case [*a, *b]:
        pass
