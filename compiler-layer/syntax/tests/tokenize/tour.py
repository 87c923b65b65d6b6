# A tour of the token kinds.
import os


class A(object):
    """Doc
    string."""
    x: int = 0x_1F + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 1. + 1e10

    def f(self, *a, **k) -> None:
        # comment at depth 2
        s = rb"\d" + Rb"x" + f"{a!r}" + u"\u00e9" + BR"" + fR"\n"
        t = (1,
             2)  # trailing
        self.x @= t[0] ** 2 // 3 << 1 >> 2 | 4 & 5 ^ ~6
        return ... if a != k else (y := 3)
	z = "tab"


name_é = "café" + \
    "x"
