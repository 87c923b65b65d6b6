def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")

g = countdown(3)
print(type(g).__name__)
for x in g:
    print("got", x)
print(list(g))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
r = reversed([1, 2, 3])
print(list(r), list(enumerate("ab", 1)), list(zip("abc", range(2))))
