# Mixins adding behaviour to plain classes: to_dict, comparison by fields, repr.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


class DictMixin:
    def to_dict(self):
        out = {}
        for k, v in self.__dict__.items():
            out[k] = v.to_dict() if isinstance(v, DictMixin) else v
        return out

    @classmethod
    def from_dict(cls, data):
        obj = cls.__new__(cls)
        obj.__dict__.update(data)
        return obj


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


class Address(ReprMixin, DictMixin, EqMixin):
    def __init__(self, city, zip_code):
        self.city, self.zip_code = city, zip_code


class Person(ReprMixin, DictMixin, EqMixin):
    def __init__(self, name, address):
        self.name, self.address = name, address


p = Person("Ada", Address("London", "NW1"))
print(p)
d = p.to_dict()
print(d)
a2 = Address.from_dict(d["address"])
print(a2, a2 == p.address, a2 is p.address, Person.from_dict({"name": "x", "address": None}))
print([c.__name__ for c in Person.__mro__], Person.__eq__ is EqMixin.__eq__, p.__hash__ is None)
