"""A tour of inspect: what a plugin registry or a CLI builder asks of it."""
import abc
import asyncio
import functools
import inspect


class Shape(abc.ABC):
    """A shape.

        Subclasses say how big they are.
    """

    @abc.abstractmethod
    def area(self):
        """The area."""

    def describe(self, unit="cm", *, precision=2):
        return f"{type(self).__name__}: {self.area():.{precision}f} {unit}^2"


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self):
        return self.side ** 2

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def from_str(cls, text):
        return cls(float(text))

    @property
    def perimeter(self):
        return 4 * self.side


def handler(path: str, /, verbose: bool = False, *args, retries: int = 3, **options) -> dict:
    """Handle a request.

    Returns a dict."""
    return {}


def gen():
    yield 1


async def coro():
    return 1


def decorated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorated
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}"


print("isclass", inspect.isclass(Square), inspect.isclass(Square(1)))
print("isfunction", inspect.isfunction(handler), inspect.isfunction(Square(1).area), inspect.isfunction(len))
print("ismethod", inspect.ismethod(Square(1).area), inspect.ismethod(Square.area), inspect.ismethod(Square.from_str))
print("isgeneratorfunction", inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(handler))
print("isgenerator", inspect.isgenerator(gen()), inspect.isgenerator([]))
c = coro()
print("iscoroutinefunction", inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen))
print("iscoroutine", inspect.iscoroutine(c))
c.close()
print("isabstract", inspect.isabstract(Shape), inspect.isabstract(Square))
print("isbuiltin", inspect.isbuiltin(len), inspect.isbuiltin(handler))
print("isroutine", inspect.isroutine(len), inspect.isroutine(handler), inspect.isroutine(3))
print("ismodule", inspect.ismodule(inspect), inspect.ismodule(Square))
print("getmro", [k.__name__ for k in inspect.getmro(Square)])

print("members:")
for name, value in inspect.getmembers(Square, inspect.isfunction):
    print("  ", name)
print("data:", [n for n, v in inspect.getmembers(Square(2)) if not n.startswith("_") and not callable(v)])

for fn in (handler, Shape.describe, Square, Square.from_str, Square(1).describe, greet, lambda x, *, y=1: x, gen):
    sig = inspect.signature(fn)
    print("signature", str(sig))
sig = inspect.signature(handler)
for p in sig.parameters.values():
    print(f"  {p.name:8} {str(p.kind):22} default={p.default!r} annotation={p.annotation!r}")
print("return", sig.return_annotation)
print(repr(sig.parameters["verbose"]))
bound = sig.bind("/tmp", True, 1, 2, retries=5, color="red")
print("bound", bound.arguments)
bound.apply_defaults()
print("args", bound.args, "kwargs", bound.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
new = sig.replace(parameters=list(sig.parameters.values())[:2], return_annotation=inspect.Signature.empty)
print("replaced", new)
print("built", inspect.Signature([
    inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY),
    inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None),
    inspect.Parameter("c", inspect.Parameter.KEYWORD_ONLY, annotation=int),
]))
try:
    inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY, default=1).replace(name="1x")
except ValueError as e:
    print("ValueError:", e)
print("unwrap", inspect.unwrap(greet) is greet.__wrapped__)

print("getdoc", repr(inspect.getdoc(Shape)))
print("getdoc", repr(inspect.getdoc(Square.area)))
print("getdoc", repr(inspect.getdoc(handler)))
print("cleandoc", repr(inspect.cleandoc("""
    First line.
        indented
    last
""")))
print("getfullargspec", inspect.getfullargspec(handler))
print("getcallargs", inspect.getcallargs(greet.__wrapped__, "Ada"))
print("getattr_static", type(inspect.getattr_static(Square(3), "perimeter")).__name__)
print("getmodulename", inspect.getmodulename("pkg/tool.py"))
print("closurevars", inspect.getclosurevars(greet).nonlocals.keys())
print("generator state", inspect.getgeneratorstate(gen()))
print(inspect.getsource(Square.area), end="")
print(inspect.getsource(greet), end="")
print("".join(inspect.getsourcelines(Square)[0][:3]), end="")
print("source line", inspect.getsourcelines(handler)[1])
try:
for builtin in (len, print):
    try:
        inspect.getsource(builtin)
    except TypeError as e:
        print("TypeError:", e)
