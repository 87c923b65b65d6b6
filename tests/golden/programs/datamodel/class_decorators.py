# Class decorators: auto-generated __init__/__repr__/__eq__ like a mini dataclass.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} arguments")
        values = dict(zip(fields, args))
        for f in fields:
            if f in kwargs:
                values[f] = kwargs.pop(f)
            elif f not in values:
                if f not in defaults:
                    raise TypeError(f"missing field {f!r}")
                values[f] = defaults[f]
        if kwargs:
            raise TypeError(f"unknown fields {sorted(kwargs)}")
        for f, v in values.items():
            setattr(self, f, v)

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    cls.__hash__ = None
    cls.fields = tuple(fields)
    return cls


@record
class Employee:
    name: str
    dept: str = "eng"
    salary: int = 100


e1 = Employee("ada")
e2 = Employee("bob", salary=90, dept="ops")
print(e1, e2, e1 == Employee("ada", "eng", 100), e1 == e2, Employee.fields)
for args, kwargs in [((), {}), (("a", "b", 1, 2), {}), (("a",), {"bonus": 5})]:
    try:
        Employee(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(Employee.__annotations__, sorted(vars(e2)))
