class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
def evaluate(expr):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    st = Stack()
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(float(tok) if "." in tok else int(tok))
    if len(st) != 1:
        raise ValueError(f"malformed expression: {expr!r}")
    return st.pop()
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2.5 2 *", "1 2", "1 +", "4 0 /", "x 1 +"]:
    try:
        print(e, "=>", evaluate(e))
    except (ValueError, IndexError, ZeroDivisionError) as err:
        print(e, "=>", type(err).__name__, err)
evaluate("1 0 /")
