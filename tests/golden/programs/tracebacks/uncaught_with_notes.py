def check(x):
    try:
        raise ValueError(f"bad {x}")
    except ValueError as e:
        e.add_note(f"while checking {x}")
        e.add_note("second note")
        raise
try:
    check(1)
except ValueError as e:
    print(e.__notes__)
try:
    Exception().add_note(5)
except TypeError as e:
    print(e)
g = ExceptionGroup("grp", [ValueError("a")])
g.add_note("group note")
check(2)
