class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta): pass
class Robot:
    def quack(self): return "beep"
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), isinstance(1, (str, Duck, int)))
counter = 0
def outer():
    x = 1
    class Inner:
        global counter
        nonlocal x
        counter += 1
        x += 10
        y = x
    return Inner.y, x
print(outer(), counter)
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    del a
print(hasattr(K, 'a'), K.b)
class W:
    def __init__(self): self.v = 1; self.w = 2
w = W(); del w.v; print(vars(w))
d = {1: 2}; del d[1]; print(d)
