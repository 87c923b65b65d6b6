# Subclassing list: a list that keeps itself sorted and refuses some methods.
class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, item)

    def append(self, item):
        raise TypeError("use add() on a SortedList")

    def __contains__(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(self) and self[lo] == item


s = SortedList([5, 1, 4])
for x in (3, 0, 9, 4):
    s.add(x)
print(s, len(s), s[0], s[-1], s[1:3], 4 in s, 7 in s)
try:
    s.append(2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(s, list), type(s[1:3]).__name__, s + [100], sum(s), sorted(s, reverse=True))
print(s.count(4), s.index(9), repr(s), str(s) == str(list(s)))
