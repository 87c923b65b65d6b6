# Descriptors with __set_name__: typed, validated fields for a record class.
class Field:
    def __init__(self, kind, default=None, check=None):
        self.kind, self.default, self.check = kind, default, check

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner.fields = getattr(owner, "fields", []) + [name]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.check and not self.check(value):
            raise ValueError(f"{self.name}={value!r} failed validation")
        setattr(obj, self.private, value)


class Product:
    name = Field(str)
    price = Field(float, check=lambda p: p >= 0)
    qty = Field(int, default=0, check=lambda q: q < 1000)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return "Product(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"


print(Product.fields, type(Product.price).__name__, Product.price.name)
p = Product(name="lamp", price=19.99)
print(p, p.qty)
p.qty = 3
print(p, vars(p))
for field, value in [("price", 5), ("price", -1.0), ("qty", 5000), ("name", "desk")]:
    try:
        setattr(p, field, value)
        print("set", field, "->", getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
