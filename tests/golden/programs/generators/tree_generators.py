# Walking nested data with recursive generators and yield from.
tree = {
    "name": "root",
    "children": [
        {"name": "src", "children": [
            {"name": "main.py", "size": 120},
            {"name": "util.py", "size": 80},
            {"name": "pkg", "children": [{"name": "__init__.py", "size": 0}]},
        ]},
        {"name": "README.md", "size": 300},
        {"name": "empty", "children": []},
    ],
}


def walk(node, path=()):
    path = path + (node["name"],)
    yield path, node
    for child in node.get("children", []):
        yield from walk(child, path)


def files(node):
    for path, n in walk(node):
        if "size" in n:
            yield "/".join(path), n["size"]


def sizes(node):
    if "size" in node:
        return node["size"]
    return sum(sizes(c) for c in node["children"])


for path, size in files(tree):
    print(f"{size:>5}  {path}")
for path, node in walk(tree):
    if "children" in node:
        print(f"{'  ' * (len(path) - 1)}{node['name']}/ ({sizes(node)} bytes)")


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "ab"])))
