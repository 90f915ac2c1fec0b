cmd = "go"
match cmd:
case "go":
    pass
