# A hierarchy of custom exceptions with extra attributes and __str__.
class AppError(Exception):
    """Base class for application errors."""


class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError, LookupError):
    def __init__(self, kind, key):
        self.kind, self.key = kind, key
        super().__init__(kind, key)

    def __str__(self):
        return f"{self.kind} {self.key!r} not found"


class RetryableError(AppError):
    retries = 3


USERS = {"ada": 36}


def get_user(name):
    if not name.isalpha():
        raise ValidationError("name", f"{name!r} must be letters only")
    if name not in USERS:
        raise NotFound("user", name)
    return USERS[name]


for name in ["ada", "bob", "r2d2"]:
    try:
        print(name, get_user(name))
    except ValueError as e:
        print("ValueError branch:", e, "| field =", e.field, "|", type(e).__mro__[1].__name__)
    except LookupError as e:
        print("LookupError branch:", e, "| args =", e.args, "| repr =", repr(e))
try:
    raise RetryableError("temporary")
except AppError as e:
    print(type(e).__name__, e, e.retries, AppError.__doc__)
print(issubclass(ValidationError, ValueError), [c.__name__ for c in NotFound.__mro__])
get_user("zed")
