# LEGB scope rules: globals, nonlocal, shadowing and UnboundLocalError.
counter = 0
name = "global"


def bump():
    global counter
    counter += 1
    return counter


def shadow():
    name = "local"
    return name


def read_global():
    return name


def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


def nested():
    level = 1

    def inner():
        nonlocal level
        level += 1

        def innermost():
            return level * 10

        return innermost()

    return inner(), inner(), level


print(bump(), bump(), counter)
print(shadow(), read_global(), name)
print(broken())
print(nested())
len = lambda x: "shadowed builtin"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
x = 10
print([x for x in range(3)], x)
lst = [lambda: i for i in range(3)]
print([f() for f in lst])
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
