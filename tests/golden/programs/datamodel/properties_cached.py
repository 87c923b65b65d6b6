# Lazily computed properties, a deleter, and invalidation.
class Report:
    computations = 0

    def __init__(self, data):
        self._data = list(data)
        self._stats = None

    @property
    def data(self):
        return tuple(self._data)

    @data.setter
    def data(self, values):
        self._data = list(values)
        del self.stats

    @property
    def stats(self):
        if self._stats is None:
            Report.computations += 1
            d = sorted(self._data)
            self._stats = {"n": len(d), "min": d[0], "max": d[-1], "median": d[len(d) // 2]}
        return self._stats

    @stats.deleter
    def stats(self):
        self._stats = None


r = Report([5, 3, 9, 1])
print(r.stats, r.stats["median"], Report.computations)
r.data = [10, 20, 30]
print(Report.computations, r.stats, Report.computations, r.data)
del r.stats
print(r.stats["max"], Report.computations)
try:
    r.data.append(4)
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Report.stats, property), Report.stats.fdel is not None, Report.data.__doc__)
