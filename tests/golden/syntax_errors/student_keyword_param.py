def f(for):
    pass
