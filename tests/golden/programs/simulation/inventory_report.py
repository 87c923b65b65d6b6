from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntEnum
from collections import defaultdict, Counter, OrderedDict, namedtuple
from functools import total_ordering, reduce, lru_cache, partial
import itertools
import operator


class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

    def __str__(self):
        return self.name.title()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@total_ordering
@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOLS
    tags: list = field(default_factory=list)

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    @property
    def value(self):
        return self.price * self.qty


class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"{item.name}: wanted {wanted}, have {item.qty}")
        self.item = item
        self.wanted = wanted


class Inventory:
    def __init__(self):
        self._items = OrderedDict()
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            raise KeyError(item.sku)
        self._items[item.sku] = item
        self.log.append(("add", item.sku))

    def take(self, sku, n):
        item = self._items[sku]
        if item.qty < n:
            raise OutOfStock(item, n)
        item.qty -= n
        self.log.append(("take", sku, n))
        return item

    def __iter__(self):
        return iter(self._items.values())

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def by_category(self):
        groups = defaultdict(list)
        for it in self:
            groups[it.category].append(it)
        return groups

    def total_value(self):
        return sum(it.value for it in self)


inv = Inventory()
raw = [
    ("T-100", "Hammer", 12.5, 10, Category.TOOLS, ["steel"]),
    ("T-101", "Screwdriver", 4.25, 25, Category.TOOLS, []),
    ("F-200", "Apple", 0.35, 300, Category.FOOD, ["fresh", "red"]),
    ("F-201", "Bread", 2.1, 0, Category.FOOD, ["baked"]),
    ("Y-300", "Yo-yo", 3.0, 12, Category.TOYS, ["wood"]),
    ("Y-301", "Kite", 15.999, 3, Category.TOYS, ["outdoor"]),
]
for sku, name, price, qty, cat, tags in raw:
    inv.add(Item(sku, name, price, qty, cat, tags))

print(f"{len(inv)} items, total value {inv.total_value():,.2f}")
print(repr(next(iter(inv))))
print(asdict(next(iter(inv))))

for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    print(f"== {cat!s:<6} ({cat.value}) ==")
    for it in sorted(items):
        print(f"  {it.sku:>6} | {it.name:<12} | {it.price:8.3f} | {it.qty:>4d} | {it.value:>10,.2f} | {','.join(it.tags) or '-'}")

try:
    inv.take("F-201", 1)
except OutOfStock as e:
    print("error:", e, "| wanted", e.wanted)

try:
    inv.add(Item("T-100", "Dup", 1.0))
except KeyError as e:
    print("dup key:", e, repr(e))

inv.take("T-100", 3)
print("T-100" in inv, "Z-1" in inv)
cheap = [it.name for it in inv if it.price < 5]
print("cheap:", cheap)
print("max:", max(inv, key=operator.attrgetter("value")).name)
print("min:", min(inv).name)

p = Priority.HIGH
print(p, p + 1, p > Priority.LOW, Priority(2), Priority["LOW"], repr(p))
print(list(Priority), [x.name for x in Category])
print(Category.FOOD, repr(Category.FOOD), Category.FOOD.value)

tag_counts = Counter(t for it in inv for t in it.tags)
print(tag_counts.most_common(3))
c2 = Counter("mississippi")
print(c2, c2.most_common(2), sorted(c2.elements()))
print(c2 + Counter("sip"), c2 - Counter("ss"))

Point = namedtuple("Point", "x y")
pt = Point(3, 4)
print(pt, pt._replace(x=10), pt._asdict(), pt.x * pt.y)
print(Point._fields, Point._make([1, 2]))

new = replace(next(iter(inv)), qty=99)
print(new)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
double = partial(operator.mul, 2)
print(list(map(double, range(5))))
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
for k, g in itertools.groupby(sorted(inv, key=lambda i: i.category.name), key=lambda i: i.category.name):
    print(k, [i.sku for i in g])
print(list(itertools.combinations("ABC", 2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.zip_longest("abc", [1], fillvalue="?")))
print(inv.log)
