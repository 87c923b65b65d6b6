import keyword
print(keyword.iskeyword("while"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:4])
import string
print(string.ascii_letters, string.digits, string.hexdigits)
print(repr(string.whitespace), string.punctuation)
print(string.capwords(" hello   world "), string.capwords("a-b-c", "-"))
from bisect import bisect_left, bisect_right, insort
xs = [1, 2, 2, 4]
print(bisect_left(xs, 2), bisect_right(xs, 2))
insort(xs, 3)
print(xs)
import bisect
print(bisect.bisect(xs, 10), bisect.insort is bisect.insort_right)
