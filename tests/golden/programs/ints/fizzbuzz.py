out = []
for i in range(1, 31):
    if i % 15 == 0:
        out.append("FizzBuzz")
    elif i % 3 == 0:
        out.append("Fizz")
    elif i % 5 == 0:
        out.append("Buzz")
    else:
        out.append(str(i))
print(" ".join(out))
counts = {}
for word in out:
    key = word if not word.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)
