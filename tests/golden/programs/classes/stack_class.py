class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)

s = Stack()
for x in "abc":
    s.push(x)
print(len(s), s.pop(), len(s), bool(s))
while s:
    s.pop()
try:
    s.pop()
except IndexError as e:
    print(e)
