import random
random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.random(), random.uniform(1.5, 9.5), random.gauss(0, 1), random.gauss(10, 2))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.sample(range(100), 5), random.sample(deck, 3))
print(random.choices("abc", k=8), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.randrange(10), random.randrange(0, 100, 5), random.getrandbits(40))
random.seed("hello")
print(random.random(), random.randint(-5, 5))
random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
from collections import Counter
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2}: {'*' * (c[total] // 10)} {c[total]}")
r = random.Random(7)
print(r.random(), r.choice([1, 2, 3]), r.triangular(0, 10, 3), r.betavariate(2, 5), r.expovariate(1.5))
print(r.normalvariate(0, 1), r.lognormvariate(0, 0.5), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2), r.gammavariate(2, 3))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed(0)
secret = random.randint(1, 100)
lo, hi, guesses = 1, 100, 0
while True:
    g = (lo + hi) // 2
    guesses += 1
    if g == secret:
        print(f"Found {secret} in {guesses} guesses")
        break
    elif g < secret:
        lo = g + 1
    else:
        hi = g - 1
random.seed(12345)
print(sum(random.random() for _ in range(10000)) / 10000)
print(random.sample(sorted({1, 5, 9, 13}), k=2), random.randbytes(6))
x = list(range(20)); random.seed(3); random.shuffle(x); print(x)
random.seed(10**30); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.7); print(random.random())
