def cleanup():
    raise KeyError("missing")

try:
    print(len(5))
except TypeError:
    cleanup()
