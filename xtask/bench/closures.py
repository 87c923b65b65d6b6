# Closures: calls through cells, nonlocal updates.
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

def make_adder(n):
    return lambda x: x + n

counter = make_counter()
add3 = make_adder(3)
total = 0
for i in range(500_000):
    total = add3(total) % 1_000_003
    counter(1)
print(total, counter(0))
