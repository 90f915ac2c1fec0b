cmd = 1
match cmd:
    case _:
        pass
    case 1:
        pass
