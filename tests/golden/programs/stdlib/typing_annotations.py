from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, Tuple, Iterator
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
def f(x: Optional[int], y: Dict[str, List[int]], z: Union[int, str] = 1, cb: Callable[[int], str] = str) -> Tuple[int, ...]:
    return (1,)
print(f.__annotations__['x'], f.__annotations__['y'], f.__annotations__['return'], T, Any)
s = Stack[int](); s.push(1); print(s.items, List[int])
class MyList(List[int]): pass
print(MyList([1, 2]), MyList.__mro__[1])
