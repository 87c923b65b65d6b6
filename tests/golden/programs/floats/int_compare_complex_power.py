import math
big = 2**70
print(float(big) == big, big == float(big), float(big) + 1 == big + 1, 2.0**70 < big + 1, 2**53 + 1 > 2.0**53, 2**53 + 1 < 2.0**53)
print(math.inf > 10**400, -math.inf < -10**400, math.nan < 10**400, 1e308 < 10**400, 0.5 < 1, -0.5 < 0, -0.5 > -1, 1.5 >= 1, 3 > 2.999999)
print(max(1, 2.0, 10**30), min(-10**30, -1e29), sorted([3, 2.5, 10**20, -1e30, 0]))
print((1j) ** 2, (1 + 1j) ** 3, (2 + 0j) ** -1, 1j ** 0, (1+2j) ** 0.5, (1 + 1j) ** 2.0, 2 ** (1j), 0j ** 0)
vals = [1+2j, 3-4j, 1e300+1e300j, 0.1+0.7j, -2j, 5, 2.5]
for a in vals:
    for b in vals:
        try:
            print(a / b, a * b, end=" | ")
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
for e in [2, 3, -2, 0.5, 1j, 2.0, 101, -1]:
    try:
        print((1.5 + 0.5j) ** e, (0j) ** abs(e) if e != 1j else "", end=" ; ")
    except Exception as ex:
        print(type(ex).__name__, ex, end=" ; ")
print()
for bad in [lambda: 1j / 0, lambda: 0j ** -1, lambda: (1e200 + 1e200j) ** 2, lambda: 0j ** 1j, lambda: (-8) ** (1/3), lambda: (-8.0) ** 0.5]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
