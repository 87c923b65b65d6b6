match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=yy) if yy > 0:
        pass
    case Point(x, y):
        pass
    case Point():
        pass

match value:
    case 0 | 1 | -1:
        pass
    case 1.5 | -2.5j | 1 + 2j | -1 - 3j:
        pass
    case "text" | b"bytes" | "a" "b":
        pass
    case None | True | False:
        pass
    case Color.RED | mod.Enum.VALUE:
        pass
    case {"key": v, 1: w, **rest}:
        pass
    case {}:
        pass
    case {Const.X: _}:
        pass
    case [1, 2, *rest] as whole:
        pass
    case (a, b):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case str() | bytes() as s:
        pass
    case [Point(x=0), *_, {"k": [1, (2 | 3)]}]:
        pass

match x,:
    case _:
        pass

match *a, b:
    case y:
        pass

match = 1
match.attr = 2
case = match
print(match, case)
match(x)
