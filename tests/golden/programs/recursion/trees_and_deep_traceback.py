class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def walk(self, visit, level=0):
        visit(self, level)
        for c in self.children:
            c.walk(visit, level + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5, Tree(6))))
print(list(t), t.depth(), sum(t), max(t), sorted(t, reverse=True)[:2])
t.walk(lambda n, lvl: print("  " * lvl + str(n.value)))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, (3, [4])], 5])))
def permutations(s):
    if len(s) <= 1:
        yield s
        return
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            yield c + p
print(list(permutations("abc")))
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
import sys
sys.setrecursionlimit(3000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(2500))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
memo = {}
def ways(n):
    if n < 0: return 0
    if n == 0: return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(50))
def bad(n):
    return bad(n + 1) + 1
bad(0)
