# dict(m), d.update(m) and f(**m) read a mapping through keys() and
# __getitem__, Python code that may collect garbage while the values read so
# far are held only by the update: they must survive it.
class Heavy:
    def keys(self):
        return ["k%d" % i for i in range(60)]

    def __getitem__(self, k):
        junk = [[i, str(i)] for i in range(3000)]
        return "%s-%d" % (k.upper(), len(junk)) + "!" * 50


def pairs():
    for i in range(60):
        junk = [[j] for j in range(3000)]
        yield ("p%d" % i, [i] * (len(junk) // 1000))


d = dict(Heavy())
reuse = [str(i) * 20 for i in range(20000)]
print(len(d), d["k0"], d["k59"], all(v.endswith("-3000" + "!" * 50) for v in d.values()))
e = {}
e.update(Heavy())
print(sorted(e.items())[:2])
f = dict(pairs())
print(len(f), f["p0"], f["p59"])


def kw(**kwargs):
    return sorted(kwargs.items())[-1]


print(kw(**Heavy()))
