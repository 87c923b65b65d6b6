print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), list[int]([1,2]), list[int].__origin__, list[int].__args__, list[int] == list[int], type(list[int]).__name__, type[int])
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, str]:
    return (1, "a")
print(f.__annotations__["x"], f([]))
print(int | None, type(int|None).__name__, (int|str).__args__, int | str | None, list[int] | None, int | int, (int|str) == (str|int))
try:
    1 | int
except TypeError as e: print(e)
