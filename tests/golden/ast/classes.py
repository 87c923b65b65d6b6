class Empty:
    pass

class Child(Base, metaclass=Meta, **extra):
    """Docstring."""
    attr: int = 0

    def method(self):
        return super().method()

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    @staticmethod
    def static(): ...

    class Nested(object):
        x = 1

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

class Generic(Base[int], Protocol): ...
