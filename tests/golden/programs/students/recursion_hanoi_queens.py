import sys
from functools import lru_cache

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

mv = []
hanoi(3, "A", "C", "B", mv)
for disk, a, b in mv:
    print(f"Move disk {disk} from {a} to {b}")
mv = []; hanoi(10, "A", "C", "B", mv); print(len(mv))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
print(permutations([1, 2, 3]))
print(["".join(p) for p in permutations(list("abcd"))][:8], len(permutations(list("abcde"))))

def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3]), key=lambda x: (len(x), x)))

def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n:
            sols.append(cur[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            cur.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur)
            cur.pop()
    place(0, set(), set(), set(), [])
    return sols
for n in range(1, 9):
    print(n, len(n_queens(n)))
for row in n_queens(6)[0]:
    print("".join("Q" if i == row else "." for i in range(6)))

memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(100), fib(300))
@lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
print(fib2(80), fib2.cache_info())

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def power(b, e):
    if e == 0: return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)
print(power(2, 100), power(3, 0), power(-2, 7))
def flatten(x):
    return [z for y in x for z in flatten(y)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]]]))
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
print(binary(37), bin(37), int("100101", 2))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_down(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return 0 if n == 0 else count_down(n - 1)
count_down(-1)
