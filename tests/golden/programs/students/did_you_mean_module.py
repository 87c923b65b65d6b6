import math
import string
print(math.sqrt(16), string.ascii_lowercase[:3])
try:
    string.lowercase
except AttributeError as e:
    print(e)
print(math.squareroot(2))
