# __getattr__ for delegation and defaults, __setattr__ for read-only records.
class Recorder:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr

        def wrapped(*args):
            self.calls.append(f"{name}{args}")
            return attr(*args)
        return wrapped


r = Recorder([3, 1, 2])
r.append(5)
r.sort()
print(r._target, r.count(1), r.calls)
try:
    r.missing_method()
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is read-only")

    def __getattr__(self, name):
        return f"<no {name}>"

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Frozen({inner})"


f = Frozen(x=1, y="two")
print(f, f.x, f.y, f.z)
try:
    f.x = 10
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(f, "anything"), getattr(f, "x"), sorted(vars(f)))
