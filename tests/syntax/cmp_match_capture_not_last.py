cmd = 1
match cmd:
    case x:
        pass
    case 1:
        pass
