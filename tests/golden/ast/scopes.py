counter = 0

def increment():
    global counter
    counter += 1

def make():
    value = 0
    def inner():
        nonlocal value
        value += 1
        return value
    return inner

def both():
    global a, b
    x = 1
    def f():
        nonlocal x
        del x

class C:
    global g
    g = 1
