# Integer arithmetic in a while/for loop.
total = 0
i = 0
while i < 1_500_000:
    total = (total + i * i) % 1_000_003
    i += 1
for j in range(500_000):
    total ^= j
print(total)
