cmd = "go"
match cmd:
    case "go":
    print("going")
