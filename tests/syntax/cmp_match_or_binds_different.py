pt = (1,)
match pt:
    case [x] | [y]:
        pass
