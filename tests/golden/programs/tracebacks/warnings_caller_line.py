# Warnings name the line that called the deprecated function
# (stacklevel walks up the frames).
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2


def new_api(x):
    return x * 2


def client():
    return old_api(21)


warnings.simplefilter("always")
print(client())
print(old_api(1))


def helper():
    warnings.warn("called from deep inside", UserWarning, stacklevel=3)


def middle():
    helper()


def top():
    middle()


top()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    client()
    top()
for w in caught:
    print(w.category.__name__, w.lineno, str(w.message), w.filename == __file__)
warnings.warn("module level")
