# Weak references as libraries use them while the objects are alive:
# a cache of instances by key, observers in a WeakSet, a ref to call,
# and finalize() called explicitly.
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
    return image


a = load("logo.png")
b = load("logo.png")
c = load("banner.png")
print(a is b, sorted(cache.keys()), len(cache), "logo.png" in cache)

r = weakref.ref(a)
print(r() is a, r() == a, isinstance(r, weakref.ref))

observers = weakref.WeakSet()
observers.add(a)
observers.add(c)
observers.add(a)
print(len(observers), a in observers, sorted(o.name for o in observers))
observers.discard(c)
print(len(observers))

meta = weakref.WeakKeyDictionary()
meta[a] = {"width": 10}
print(meta[a], a in meta)

log = []
f = weakref.finalize(c, log.append, "banner closed")
print(f.alive)
f()
print(f.alive, log, f())
