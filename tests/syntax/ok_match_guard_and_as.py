def check(cmd):
    match cmd.split():
        case [("go" | "move") as verb, direction] if direction in {"n", "s"}:
            return verb, direction
        case ["quit" | "exit"]:
            return "bye"
        case [*words] if len(words) > 3:
            return "too long"
        case [first, *_]:
            return first
        case []:
            return "empty"
print(check("go n"), check("exit"), check("a b c d e"), check("x y"), check(""))
