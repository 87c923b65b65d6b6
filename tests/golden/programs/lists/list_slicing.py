# Slicing in all its forms: steps, negative indices, slice assignment.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2], xs[-1:-4:-1])
print(xs[5:2], xs[100:], xs[-100:2], xs[slice(1, 9, 4)], xs[::-3])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[::2] = [None] * len(ys[::2])
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs = list("abcdef")
del zs[1::2]
print(zs)
zs[1:1] = ["X", "Y"]
print(zs)
zs[:] = "new"
print(zs)
s = slice(2, None, -1)
print(s.start, s.stop, s.step, "hello"[s], (1, 2, 3, 4)[s], s.indices(10))
text = "The quick brown fox"
print(text[4:9], text[-3:], text[::-1], text[::5], text[100:] == "")
