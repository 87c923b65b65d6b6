# Exception subclasses that build their text on the base class's:
# super().__str__() and super().__repr__() give the exception's own text
# from its arguments, not object's.


class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {super().__str__()}"

    def __repr__(self):
        return f"AppError<{super().__repr__()}>"


class MissingKey(KeyError):
    def __str__(self):
        return "missing " + super().__str__()


class PathError(OSError):
    def __str__(self):
        return "path: " + super().__str__()


class Multi(ValueError):
    def __str__(self):
        return super().__str__().upper()


e = AppError("disk full", 28)
print(str(e), "|", repr(e))
print(MissingKey("user_id"))
print(PathError(2, "No such file", "a.txt"))
print(Multi("a", "b"), Multi(), repr(Multi("x")))
print(BaseException.__str__(ValueError("v")), BaseException.__repr__(ValueError(1, 2)))
print(Exception.__str__(KeyError("k")), ValueError.__repr__(TypeError()))
try:
    BaseException.__str__(5)
except TypeError as err:
    print(err)
for exc in (e, MissingKey("k"), Multi("m")):
    try:
        raise exc
    except Exception as caught:
        print(f"{type(caught).__name__}: {caught}")
raise AppError("quota exceeded", 122)
