case[a]: int = 1
class A:
    case: int
match x:
    case 1:
        case = 2
    case _:
        pass
