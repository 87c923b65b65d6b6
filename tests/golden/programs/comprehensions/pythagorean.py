triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([t for t in triples if sum(t) % 12 == 0])
squares = {n: n * n for n in range(1, 8)}
print(squares, {v: k for k, v in squares.items() if v > 10})
print({len(w) for w in "a bb ccc dd e".split()})
