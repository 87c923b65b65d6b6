# A line diff built on longest common subsequence.
def diff(a, b):
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append("  " + a[i])
            i += 1
            j += 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            out.append("- " + a[i])
            i += 1
        else:
            out.append("+ " + b[j])
            j += 1
    out += ["- " + x for x in a[i:]] + ["+ " + x for x in b[j:]]
    return out


old = """def greet(name):
    print("Hello", name)
    return None

greet("world")""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name + punct)

greet("world")
greet("strata")""".splitlines()
result = diff(old, new)
print("\n".join(result))
added = sum(1 for l in result if l.startswith("+"))
removed = sum(1 for l in result if l.startswith("-"))
print(f"{added} insertion(s)(+), {removed} deletion(s)(-)")
