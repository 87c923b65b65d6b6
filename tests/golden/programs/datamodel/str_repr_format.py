# __str__, __repr__ and __format__ used by print, f-strings, containers and format().
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"

    def __str__(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def __format__(self, spec):
        if spec == "rgb":
            return f"rgb({self.r}, {self.g}, {self.b})"
        if spec == "":
            return str(self)
        return format(str(self), spec)


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


red = Color(255, 0, 0)
print(red, repr(red), [red], {"c": red}, (red,))
print(f"{red}", f"{red!r}", f"{red:rgb}", f"[{red:>10}]", format(red, "rgb"), "{:rgb}".format(red))
print(str(OnlyRepr()), OnlyRepr(), f"{OnlyRepr()}")
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)
print("%s | %r" % (red, red))
