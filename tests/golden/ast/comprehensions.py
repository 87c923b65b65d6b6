squares = [x * x for x in range(10)]
evens = [x for x in range(10) if x % 2 == 0 if x > 2]
pairs = [(x, y) for x in a for y in b if x != y]
unique = {x for x in items}
mapping = {k: v for k, v in items.items()}
gen = (x for x in y)
total = sum(x for x in y)
nested = [[c for c in row] for row in grid]
cond = [x if x else y for x in z]
lam = [lambda: i for i in range(3)]
dict_unpack = {**a, 'k': 1, **b}
set_literal = {1, 2, *rest}
list_literal = [1, *rest, 2]
tuple_literal = 1, 2,
empty = [], {}, (), set()
subscripts = a[1], a[1:2], a[::2], a[1:2, 3], a[...], a[:, None], a[()]
a[*idx]
chained = 1 < x <= 2 != y is not None in z not in w
ops = (a or b) and not c
arith = -a + +b * ~c / d // e % f ** -g @ h
bits = a | b & c ^ d << 1 >> 2
cond_expr = a if b else c if d else e
await_like = [await_ for await_ in x]
attr = a.b.c().d[0].e
starred = print(*args, **kwargs)
ellipsis = ...
