import traceback
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        e.add_note("note on a")
        raise
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(type(e), e))
e1 = TypeError("t")
e1.add_note("inner note")
g = ExceptionGroup("grp", [ValueError("a"), e1])
g.add_note("group note")
raise g
