import _half_a
try:
    _half_a.DONE
except AttributeError as e:
    print("AttributeError:", e)
