def integrate(f, a, b, n=1000):
    h = (b - a) / n
    total = (f(a) + f(b)) / 2
    for i in range(1, n):
        total += f(a + i * h)
    return total * h

print(f"{integrate(lambda x: x * x, 0, 3):.6f}")
print(f"{integrate(lambda x: 1 / x, 1, 2.718281828459045):.6f}")
print(f"{integrate(lambda x: x ** 3 - 2 * x, -1, 2, 500):.6f}")
