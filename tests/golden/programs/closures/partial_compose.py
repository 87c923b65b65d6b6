# Functional helpers: partial application, composition, currying, pipelines.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})
    return call


def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run


def curry(fn, arity):
    def take(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: take(*args, *more)
    return take


def power(base, exp, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(12), cube_mod(5), partial(power, 2)(10))
slug = compose("-".join, str.split, str.lower, str.strip)
print(slug("  Hello Big World  "))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
volume = curry(lambda l, w, h: l * w * h, 3)
print(volume(2)(3)(4), volume(2, 3)(4), volume(2, 3, 4))
pipeline = [str.strip, str.upper, partial(str.replace, old=" ", new="_")]
try:
    print(compose(*reversed(pipeline))("  a b c "))
except TypeError as e:
    print("TypeError:", e)
replace_spaces = lambda s: s.replace(" ", "_")
print(compose(replace_spaces, str.upper, str.strip)("  a b c "))
print(list(map(partial(max, 0), [-2, 5, -1, 3])))
