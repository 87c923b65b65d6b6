class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9
    @staticmethod
    def describe(c):
        return "hot" if c > 25 else "cold"
    @classmethod
    def boiling(cls):
        return cls(100)

t = Temperature(20)
print(t.fahrenheit)
t.fahrenheit = 212
print(t._c, Temperature.describe(30), Temperature.boiling().fahrenheit)
