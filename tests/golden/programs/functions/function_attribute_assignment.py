# Assigning a function's special attributes: each checks its type (a
# wrong __code__ or __dict__ was stored as a plain attribute), and a new
# __dict__ becomes the function's namespace.
def greet(name="world"):
    return f"hello {name}"


for attr, value in [("__code__", 1), ("__dict__", 1), ("__name__", 5), ("__defaults__", "x"), ("__kwdefaults__", 3)]:
    try:
        setattr(greet, attr, value)
        print(attr, "accepted")
    except TypeError as e:
        print(attr, "TypeError:", e)
print(greet(), greet.__code__.co_name)

greet.__dict__ = {"calls": 0, "tag": "demo"}
greet.calls += 1
print(greet.calls, greet.tag, vars(greet))
greet.__defaults__ = ("there",)
greet.__name__ = "salute"
print(greet(), greet.__name__, greet.__qualname__)
