a, b = b, a
a, *b = items
*a, b = items
[a, b] = 1, 2
(a, b), c = (1, 2), 3
a[0], a.b, a[1:2] = 1, 2, 3
x = *a, *b
first, *middle, last = range(10)
for x, *y in z: pass
(a) = 1
((a), b) = 1, 2

if (n := len(data)) > 10:
    print(n)
while (chunk := f.read(10)):
    pass
[y := f(x), y ** 2]
print(total := 5)
values = [v for x in data if (v := g(x)) is not None]
f(a := 1)
x[i := 0] = 1

del a
del a, b
del a[0], a.b
del (a, b)
del [c, d]
del a[1:2, ::3]
