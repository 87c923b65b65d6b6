# Stack and Queue classes sharing a base, with __len__, __bool__, __contains__ and errors.
class EmptyError(Exception):
    pass


class Container:
    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        return f"{type(self).__name__}({self._items})"

    def take(self):
        if not self:
            raise EmptyError(f"take from empty {type(self).__name__.lower()}")
        return self._take()


class Stack(Container):
    def put(self, x):
        self._items.append(x)

    def _take(self):
        return self._items.pop()


class Queue(Container):
    def put(self, x):
        self._items.append(x)

    def _take(self):
        return self._items.pop(0)


for cls in (Stack, Queue):
    c = cls([1, 2])
    for x in "abc":
        c.put(x)
    taken = [c.take() for _ in range(3)]
    print(cls.__name__, taken, c, len(c), "a" in c, bool(c))
    while c:
        c.take()
    try:
        c.take()
    except EmptyError as e:
        print("EmptyError:", e)
