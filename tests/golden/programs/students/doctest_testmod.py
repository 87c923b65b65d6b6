"""A module with doctests, as a first course writes them.

>>> square(4)
16
"""
import doctest

def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(1.5)
    2.25
    """
    return x * x

def average(nums):
    """Average of a list.

    >>> average([1, 2, 3, 4])
    2.5
    >>> average([])
    Traceback (most recent call last):
      ...
    ValueError: empty list
    >>> average([1, 2])   # wrong on purpose
    1
    """
    if not nums:
        raise ValueError("empty list")
    return sum(nums) / len(nums)

def greet(name):
    """
    >>> greet("Ann")
    Hello, Ann!
    >>> greet("Bob")  # doctest: +ELLIPSIS
    Hello, ...
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> x = 5
    >>> x + 1
    6
    >>> {"b": 1, "a": 2}
    {'b': 1, 'a': 2}
    >>> None
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    print(f"Hello, {name}!")

class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    >>> s.pop(); s.pop()
    Traceback (most recent call last):
    IndexError: pop from empty stack
    """
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        """
        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty stack
        """
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)

result = doctest.testmod()
print(result, result.failed, result.attempted)
print(doctest.testmod(verbose=True))
doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="square")
t = doctest.DocTestFinder().find(Stack)
print(sorted(x.name for x in t), [len(x.examples) for x in sorted(t, key=lambda x: x.name)])
p = doctest.DocTestParser()
ex = p.get_examples(">>> 1 + 1\n2\n>>> print('a')\na\n")
print([(e.source, e.want) for e in ex])
