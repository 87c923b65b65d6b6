# Playing with digits: Armstrong numbers, happy numbers, Luhn check, Kaprekar.
def armstrong(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)


def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def kaprekar_steps(n):
    steps = 0
    while n != 6174:
        s = f"{n:04d}"
        n = int("".join(sorted(s, reverse=True))) - int("".join(sorted(s)))
        steps += 1
        if n == 0:
            return None
    return steps


print([n for n in range(1, 10000) if armstrong(n)])
print([n for n in range(1, 50) if happy(n)])
for card in (4539578763621486, 4539578763621487, 79927398713, 0):
    print(card, luhn(card))
print({n: kaprekar_steps(n) for n in (3524, 2111, 9831, 1111, 6174)})
print(sorted(range(1, 30), key=lambda n: (sum(map(int, str(n))), -n))[:10])
print(int("".join(reversed(str(1234567890)))), str(2**64)[::-1], 12345 % 10, 12345 // 10 % 10)
