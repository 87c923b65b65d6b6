m = __import__("_shapes.util.maths")
print(m.__name__)
m = __import__("_shapes.util.maths", globals(), None, ["PI"])
print(m.__name__, m.PI)
print(__import__("keyword").iskeyword("for"))
try:
    __import__(3)
except TypeError as e:
    print(e)
try:
    __import__("_nowhere_to_be_found")
except ModuleNotFoundError as e:
    print(e, e.name)
