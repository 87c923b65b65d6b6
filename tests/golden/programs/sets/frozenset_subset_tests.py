# frozenset has issubset/issuperset too (it lacked both), taking any
# iterable as set does: a hex-digit check in the style of ipaddress.
HEX = frozenset("0123456789abcdefABCDEF")


def is_hex(word):
    return bool(word) and HEX.issuperset(word)


for w in ["fe80", "c0ffee", "xyz", "", "12G"]:
    print(repr(w), is_hex(w))
vowels = frozenset("aeiou")
print(vowels.issubset("abcdefghijklmnopqrstuvwxyz"), vowels.issubset(["a", "e"]))
print(frozenset({1, 2}).issuperset(range(1, 3)), frozenset().issubset(()))
print(set("ab").issubset(frozenset("abc")), frozenset("ab") <= {"a", "b"})
try:
    vowels.issuperset(5)
except TypeError as e:
    print(e)
try:
    vowels.issubset()
except TypeError as e:
    print(e)
