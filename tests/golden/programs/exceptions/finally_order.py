def f(x):
    try:
        print("try", x)
        if x == 1:
            return "returned"
        if x == 2:
            raise ValueError("two")
        print("no exit")
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally", x)
    return "end"

for x in range(3):
    print("->", f(x))

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop_finally())
