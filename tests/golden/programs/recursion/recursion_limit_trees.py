import sys
sys.setrecursionlimit(2000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(1500))


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10)), hanoi(3))


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(perms("abc"), len(perms("abcde")))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, (5, 6)]], 7]])))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
memo = {}


def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]


print(partitions(100))
sys.setrecursionlimit(1000)


def infinite(n):
    return infinite(n + 1) + 1


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)


class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)

    def __repr__(self):
        return f"Node({self.v}{', ' if self.kids else ''}{', '.join(map(repr, self.kids))})"

    def total(self):
        return self.v + sum(k.total() for k in self.kids)


tree = Node(1, Node(2, Node(4)), Node(3, Node(5), Node(6, Node(7))))
print(tree, tree.total())
a = []
a.append(a)
print(a, repr({"self": a}))
d = {}
d["d"] = d
print(d)
print(sys.getrecursionlimit())


def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)


def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)


print(mutual_even(500), mutual_odd(7))
infinite(0)
