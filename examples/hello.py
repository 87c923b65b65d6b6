def greet(name):
    print(f"hello, {name}!")

greet("world")
