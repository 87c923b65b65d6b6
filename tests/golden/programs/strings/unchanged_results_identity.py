# Methods that leave a string as it is return the string itself, as
# CPython's do: identity checks and pickle's memo see the same object.
import pickle

s = "hello"
print(s.replace("z", "y") is s, s.replace("l", "L") is s, s.replace("l", "l") is s, s.replace("l", "L", 0) is s)
print(s.ljust(3) is s, s.rjust(5) is s, s.center(2) is s, s.zfill(1) is s, s.ljust(8) is s)
print(s.expandtabs() is s, "a\tb".expandtabs() == "a       b", s.strip() is s, s.removeprefix("x") is s)
key = "shared"
print(pickle.dumps({"a": [key], key: 1}, 0))
