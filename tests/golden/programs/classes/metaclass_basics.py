# Metaclass basics: type() to build classes, a metaclass that records and validates.
def describe(self):
    return f"{type(self).__name__} with {self.legs} legs"


Dog = type("Dog", (), {"legs": 4, "describe": describe, "sound": lambda self: "woof"})
d = Dog()
print(d.describe(), d.sound(), type(Dog).__name__, Dog.__name__)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        if "speak" in ns and not callable(ns["speak"]):
            raise TypeError(f"{name}.speak must be callable")
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = "Registry"
        return obj


class Animal(metaclass=Registry):
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Cat(Animal):
    def speak(self):
        return "meow"


c = Cat("tom")
print(c.name, c.speak(), c.created_by, Registry.classes, type(Cat) is Registry, isinstance(Cat, type))
try:
    class Broken(Animal):
        speak = 42
except TypeError as e:
    print("TypeError:", e)
print(Registry.classes, type(42), type(type), isinstance(type, type))
