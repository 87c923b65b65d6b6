def gen():
    yield (1, 2)
    raise ValueError("boom")
try:
    dict(gen())
except Exception as e:
    print(type(e).__name__, e)
try:
    {}.update(gen())
except Exception as e:
    print(type(e).__name__, e)
for bad in (5, [1, 2], [(1,)], ["ab", "abc"]):
    try:
        print(dict(bad))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b): pass
for call in (lambda: f(*5), lambda: f(**5), lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(1, **{'a': 2}), lambda: f(a=1, **{'a': 2}), lambda: f(*None)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
class K:
    def m(self, a): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a): pass
for call in (lambda: K().m(*5), lambda: K().m(**[]), lambda: K.c(1, 2), lambda: K.s(1, 2), lambda: K().m(1, a=2), lambda: print(*5), lambda: max(*5), lambda: K(*3)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
