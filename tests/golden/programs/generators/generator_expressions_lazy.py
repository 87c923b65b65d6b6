# Lazy evaluation: generator expressions evaluate only what is consumed.
calls = []


def square(x):
    calls.append(x)
    return x * x


gen = (square(x) for x in range(10))
print(calls)
print(next(gen), next(gen), calls)
print(any(v > 10 for v in gen), calls)
print(list(gen), len(calls))
calls.clear()
first_big = next(square(x) for x in range(100) if x * x > 50)
print(first_big, calls)
calls.clear()
print(sum(square(x) for x in range(4)), calls)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
words = ["a", "bb", "ccc"]
lengths = (len(w) for w in words)
words.append("dddd")
print(list(lengths))
