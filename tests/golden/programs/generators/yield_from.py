def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("src", [("main.rs", []), ("lib.rs", [])]), ("README.md", []), ("tests", [("a.py", [])])])
for depth, name in walk(tree):
    print("  " * depth + name)

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], "ab", range(3))))

def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    yield result
print(list(outer()))
