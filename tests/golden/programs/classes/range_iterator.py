# Iterator classes with __iter__/__next__, and an iterable that makes fresh iterators.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class FloatRange:
    def __init__(self, start, stop, step):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        x = self.start
        i = 0
        while x < self.stop:
            yield round(x, 10)
            i += 1
            x = self.start + i * self.step

    def __len__(self):
        return sum(1 for _ in self)

    def __reversed__(self):
        return reversed(list(self))


c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(Countdown(0), "empty"))
fr = FloatRange(0, 1, 0.25)
print(list(fr), list(fr), len(fr), list(reversed(fr)), sum(fr), 0.5 in fr)
for a, b in zip(Countdown(5), FloatRange(0.1, 0.5, 0.1)):
    print(a, b)
it = iter(Countdown(2))
print(it is iter(it), [x for x in it], dict(enumerate(Countdown(2))))
