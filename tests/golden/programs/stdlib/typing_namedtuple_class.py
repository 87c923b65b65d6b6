from typing import NamedTuple, TypedDict, Optional, List

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    @property
    def label(self):
        return f"{self.name}@{self.dept}"

    def raise_(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))

Pair = NamedTuple("Pair", [("left", int), ("right", int)])

class Movie(TypedDict):
    title: str
    year: int

e = Employee("ann")
print(e, e.label, e.raise_(10), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee("bob", "ops", 5) < Employee("bob", "ops", 7), tuple(e), e._asdict())
p = Pair(1, 2)
print(p, p.left + p.right, Pair._fields)
m = Movie(title="Up", year=2009)
print(m, m["title"], isinstance(m, dict))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(ex)
try:
    Employee()
except TypeError as ex:
    print(ex)
