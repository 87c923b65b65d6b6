# A library that deprecates parts of its API, and an application using it.
import sys
import warnings


def old_total(values):
    warnings.warn("old_total() is deprecated; use sum()", DeprecationWarning, stacklevel=2)
    return sum(values)


def risky(ratio):
    if ratio > 1:
        warnings.warn(f"ratio {ratio} is above 1", RuntimeWarning)
    return min(ratio, 1)


warnings.warn("configuration file not found, using defaults")
for r in (0.5, 1.5, 2.5):
    risky(r)  # shown once: the default filter remembers the location
print(old_total([1, 2, 3]))  # DeprecationWarning in __main__ is shown

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(3)
    old_total([4])
    warnings.warn("custom", UserWarning)
    for w in caught:
        print(w.category.__name__, w.message, w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        risky(9)
    except RuntimeWarning as e:
        print("escalated:", e)

warnings.filterwarnings("ignore", message="quiet.*")
warnings.warn("quiet please")
warnings.warn("this one is loud", FutureWarning)
print(warnings.formatwarning("message", UserWarning, "module.py", 3, "x = compute()"), end="")
warnings.showwarning("shown directly", PendingDeprecationWarning, "lib.py", 7, file=sys.stdout)
print(issubclass(PendingDeprecationWarning, Warning), ResourceWarning.__mro__)
