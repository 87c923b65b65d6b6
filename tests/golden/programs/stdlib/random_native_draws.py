# The Mersenne Twister's draws are native (modules/random.rs) on the state
# random.py seeds and keeps: the same numbers as CPython across the
# regeneration of the 624 words, through getstate/setstate, for every seed kind.
import random

random.seed(1)
print([random.random() for _ in range(3)])
print(random.getrandbits(70), random.getrandbits(32), random.getrandbits(1), random.getrandbits(0))
print(random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 1000, 7))

r = random.Random(12345)
print(r.random(), r.getrandbits(5))
state = r.getstate()
first = [r.random() for _ in range(700)]
r.setstate(state)
again = [r.random() for _ in range(700)]
print(first == again, len(state[1]), state[1][-1], first[-1])

# Words drawn one at a time and two at a time interleave across a regeneration.
r = random.Random(7)
mixed = []
for i in range(1000):
    mixed.append(r.getrandbits(32) if i % 3 else r.random())
print(mixed[0], mixed[311], mixed[312], mixed[999])

for seed in [0, -5, 2**100, 3.5, "hello", b"bytes", bytearray(b"ba")]:
    random.seed(seed)
    print(repr(seed), random.random())

x = list(range(10))
random.seed(3)
random.shuffle(x)
print(x, random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
print(random.choices("abc", k=5), random.randbytes(4))


class Counting(random.Random):
    pass


print(Counting(5).random() == random.Random(5).random())
print(0.0 <= random.Random().random() < 1.0)
