a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x = a < b <= c > d >= e == f != g
y = ~a & b | c ^ d << e >> f
z = (a, [b], {c: d}) -> ...
w := 1
f(*args, **kwargs).attr[0:1:2]
