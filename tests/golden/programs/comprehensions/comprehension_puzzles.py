# Comprehensions solving small puzzles.
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
word = "comprehension"
print({ch: word.count(ch) for ch in sorted(set(word)) if word.count(ch) > 1})
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
pascal = [[1]]
for _ in range(6):
    pascal.append([a + b for a, b in zip([0] + pascal[-1], pascal[-1] + [0])])
for row in pascal:
    print(" ".join(map(str, row)).center(30))
print(sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))
print(["Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or str(n) for n in range(1, 16)])
print(max((len(w), w) for w in "the quick brown fox jumped".split()))
print({x for x in range(-5, 6) if x * x < 10}, {(x, y) for x in range(3) for y in range(x)})
print(list((i, j) for i in range(3) for j in "ab" if i != 1))
