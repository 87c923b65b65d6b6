fns = [lambda: i for i in range(4)]
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(4)]
print([f() for f in fixed])
def makers():
    out = []
    for i in range(3):
        def f(x, i=i):
            return x * i
        out.append(f)
    return out
print([f(10) for f in makers()])
def outer():
    x = 1
    def show():
        return x
    x = 2
    return show
print(outer()())
