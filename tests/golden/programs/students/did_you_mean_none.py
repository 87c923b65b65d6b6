# No suggestion: nothing close enough, a different exception class, or a
# message raised by hand.
class Point:
    def __init__(self):
        self.x = 0
try:
    raise NameError("name 'pritn' is not defined")
except NameError as e:
    print(repr(e), e.name)
try:
    Point().zzzzzz
except AttributeError as e:
    print(e)
def f():
    print(value)
    value = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
Point().completely_different_name
