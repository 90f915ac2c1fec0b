pt = 1
match pt:
    case x | 1:
        pass
