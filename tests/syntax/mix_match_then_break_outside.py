cmd = ("go", 1)
match cmd:
    case ("go", n):
        print(n)
    case _:
        pass
break
