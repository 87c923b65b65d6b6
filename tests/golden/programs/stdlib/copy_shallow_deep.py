import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
class Node:
    def __init__(self, v): self.v = v; self.children = []
root = Node(1); root.children.append(Node(2)); root.children[0].children.append(root)
r2 = copy.deepcopy(root)
print(r2.v, r2.children[0].v, r2.children[0].children[0] is r2, r2 is root)
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p2 = copy.copy(Pt(1, 2)); print(p2.x, p2.y)
t = (1, [2]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[1] is t[1], copy.deepcopy((1, 2)) == (1, 2))
