# __new__ for singletons and interning, and __init__ being called each time.
class Config:
    _instance = None
    inits = 0

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.settings = {}
        return cls._instance

    def __init__(self, **settings):
        Config.inits += 1
        self.settings.update(settings)


a = Config(debug=True)
b = Config(level=3)
print(a is b, a.settings, Config.inits)


class Symbol:
    _table = {}

    def __new__(cls, name):
        if name not in cls._table:
            obj = super().__new__(cls)
            obj.name = name
            cls._table[name] = obj
        return cls._table[name]

    def __repr__(self):
        return f":{self.name}"


s1, s2, s3 = Symbol("x"), Symbol("y"), Symbol("x")
print(s1, s2, s3, s1 is s3, len(Symbol._table))


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"{float(self)}°C"


t = Celsius(21.5)
print(t, t + 1, isinstance(t, float), repr(t), type(t + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
