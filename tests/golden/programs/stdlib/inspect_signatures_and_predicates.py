# inspect as decorators and frameworks use it: signatures (bind, defaults,
# wrapped functions), docs, predicates, members, source lines, stacks,
# isabstract.
import inspect, functools
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

       More lines.
    """
    return "x"
class K:
    """Class doc."""
    x = 1
    def m(self, y): return y
    @property
    def p(self): return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
sig = inspect.signature(f)
print(sig, sig.parameters["b"], sig.parameters["b"].default, sig.parameters["c"].kind, sig.return_annotation, list(sig.parameters))
print(inspect.signature(K.m), inspect.signature(K().m), inspect.signature(K), inspect.signature(lambda x, /, y: 0))
b = sig.bind(1, c=3)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print(e)
print(inspect.getdoc(f), inspect.cleandoc(f.__doc__) == inspect.getdoc(f), inspect.getdoc(K))
print(inspect.isfunction(f), inspect.ismethod(K().m), inspect.isclass(K), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print([n for n, _ in inspect.getmembers(K) if not n.startswith("_")], [n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.getsource(K.m), inspect.getsourcelines(f)[1], inspect.getfile(f).split("/")[-1], inspect.getmodule(f).__name__)
def outer():
    return inspect.stack()[1].function, inspect.currentframe().f_code.co_name, inspect.stack()[0].lineno
print(outer())
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD)]))
print(inspect.getfullargspec(f))
print(type(inspect.getattr_static(K, "p")).__name__, inspect.isabstract(K), inspect.getmro(K))
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 1


print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(int), inspect.isabstract(Square()))
