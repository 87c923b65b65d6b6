def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5), compose()(7))
print(list(map(inc, [1, 2, 3])), list(filter(lambda n: n % 2, range(10))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1), apply_n(lambda s: s + "!", 3, "hey"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(["pear", "fig", "banana"], key=len), max(["pear", "fig", "banana"], key=lambda s: s[-1]))
