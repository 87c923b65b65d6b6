# Many short-lived objects with __del__: every one is finalized, and the loop stays fast.
import gc


class Counted:
    finalized = 0

    def __del__(self):
        Counted.finalized += 1


for i in range(200_000):
    x = Counted()
gc.collect()
print(Counted.finalized)


def build(n):
    return [Counted() for _ in range(n)]


batch = build(1000)
batch = None
gc.collect()
print(Counted.finalized)
