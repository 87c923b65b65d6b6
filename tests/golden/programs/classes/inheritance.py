class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

for a in [Animal("thing"), Dog("rex"), Puppy("bit")]:
    print(type(a).__name__, a.speak())
print(issubclass(Puppy, Animal), [c.__name__ for c in Puppy.__mro__])
