import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5))
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.uniform(1, 2), random.getrandbits(70))
print(random.choices(["a", "b", "c"], weights=[1, 5, 10], k=6), round(random.gauss(0, 1), 6))
r = random.Random(12345); print([r.randint(1, 6) for _ in range(10)])
random.seed(0); print(random.sample(range(1000), 30)[:5], random.random())
random.seed(2**80 + 7); print(random.random())
