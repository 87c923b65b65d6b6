def area(w, h=1):
    """Return the area of a w by h rectangle."""
    return w * h

print(area.__name__, area.__doc__, area.__defaults__)
print(area.__code__.co_argcount, area.__code__.co_varnames)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), callable(area), callable(3))
f = area
print(f is area, f(3, 4), (lambda: 0).__name__)
