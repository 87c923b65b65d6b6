s = set(range(20))
print(s.pop(), s.pop())
s.add(0)
print(s.pop(), s.pop(), len(s))
t = {5, 3, 9}
while t: print(t.pop(), end=" ")
print()
try:
    t.pop()
except KeyError as e:
    print("KeyError", e)
