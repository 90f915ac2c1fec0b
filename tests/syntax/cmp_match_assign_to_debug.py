v = 1
match v:
    case __debug__:
        pass
