match = 1
case = 2
_ = 3
type = 4
print(match, case, _, type)

def match_fn(match, case=None):
    return match
print(match_fn(match))
match = [match, case]
match match:
    case [match, case]:
        print(match, case)
