# A validation error raised inside __init__ escapes to the top level.
class Interval:
    def __init__(self, lo, hi):
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    def __and__(self, other):
        return Interval(max(self.lo, other.lo), min(self.hi, other.hi))

    def __repr__(self):
        return f"[{self.lo}, {self.hi}]"


a, b, c = Interval(0, 10), Interval(5, 15), Interval(20, 30)
print(a & b, 7 in a & b, 12 in a & b)
print(a & c)
