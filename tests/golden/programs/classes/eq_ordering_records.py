# Dataclass-style records written by hand: __eq__, ordering, __hash__, __repr__.
class Version:
    def __init__(self, text):
        parts = text.split(".")
        self.major, self.minor, self.patch = (int(p) for p in parts + ["0"] * (3 - len(parts)))

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Version('{self.major}.{self.minor}.{self.patch}')"

    def bump(self, part):
        m, n, p = self._key()
        return Version({"major": f"{m + 1}.0.0", "minor": f"{m}.{n + 1}.0", "patch": f"{m}.{n}.{p + 1}"}[part])


vs = [Version(t) for t in ["1.10", "1.2.3", "1.2", "0.9.9", "2", "1.2.0"]]
print(sorted(vs))
print(max(vs), min(vs), Version("1.2") == Version("1.2.0"), Version("1.2") != Version("1.3"))
print(len(set(vs)), Version("1.2.3") >= Version("1.2.3"), Version("1.0") > Version("0.99"))
print(Version("1.2.3").bump("minor"), Version("1.2.3").bump("major"), Version("1.2.3").bump("patch"))
print(Version("1.0") == "1.0", Version("1.0").__eq__("1.0"))
print({Version("3.11"): "current"}[Version("3.11.0")])
