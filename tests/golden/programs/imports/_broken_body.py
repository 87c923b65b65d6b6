print("broken starts")
X = 1


def fail():
    return 1 / 0


fail()
