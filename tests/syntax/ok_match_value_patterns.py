import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "?"

match [1, [2, 3]]:
    case [_, [_, *_]]:
        print("nested")
match {"a": 1}:
    case {}:
        print("any mapping")
match ():
    case ():
        print("empty tuple")
match []:
    case []:
        print("empty list")
match 5:
    case (5):
        print("group")
print(name(Color.RED), name(Color.GREEN))
