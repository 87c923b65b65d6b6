# Reproducible simulations: a text-seeded dice game, a shuffled deck, a
# sampled survey and a noisy measurement, each seeded as a test suite would.
import random

def play(seed_text, rounds=5):
    rng = random.Random(seed_text)
    score = 0
    rolls = []
    for _ in range(rounds):
        roll = rng.randint(1, 6) + rng.randint(1, 6)
        rolls.append(roll)
        score += roll if roll != 7 else -10
    return rolls, score

for player in ["alice", "bob", "carol"]:
    print(player, play(player))

random.seed(b"deck-2024")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.sample(deck, 4))

random.seed(42)
survey = random.sample(range(1, 1001), 10)
print(survey, sorted(random.choices(["yes", "no", "maybe"], weights=[5, 3, 2], k=12)))
readings = [round(random.gauss(20.0, 0.5), 6) for _ in range(6)]
print(readings)
print(round(random.normalvariate(100, 15), 9), round(random.uniform(-1, 1), 12), random.randrange(10, 100, 5))
print(random.getrandbits(64), random.randbytes(6).hex())

state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])

random.seed(2**100 + 17)
print(random.random(), random.randint(-50, 50))
random.seed(-99)
print(random.random())
random.seed("legacy", version=1)
print(random.random())
random.seed(bytearray(b"\x00\xff"))
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
