def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ada"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def total(*nums, start=0):
    return start + sum(nums)

print(total(), total(1, 2, 3), total(1, 2, start=10), total(*range(5)))

def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())

print(describe(a=1, b="two"), describe(**{"x": 3}), describe())

def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2))

def mutable_default(item, target=[]):
    target.append(item)
    return target

print(mutable_default(1), mutable_default(2))
