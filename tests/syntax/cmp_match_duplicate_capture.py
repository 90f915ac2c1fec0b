pt = (1, 2)
match pt:
    case [x, x]:
        pass
