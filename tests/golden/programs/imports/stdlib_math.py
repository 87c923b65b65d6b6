import math
print(math.sqrt(16), math.pi, math.floor(2.7), math.ceil(2.1), math.gcd(12, 18))
print(math.isclose(0.1 + 0.2, 0.3), math.factorial(10), math.inf > 10 ** 100)
from math import hypot, log10
print(hypot(3, 4), log10(1000))
