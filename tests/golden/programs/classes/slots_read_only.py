# Setting or deleting, on an instance without a __dict__ (__slots__, or a
# builtin object), a name its class has: "read-only", not "no attribute";
# deleting an unset slot names the slot.
class P:
    __slots__ = ("x",)
    K = 3

    def method(self):
        return self.K


p = P()
for stmt in ("p.K = 5", "p.y = 1", "del p.K", "del p.x", "print(p.x)", "p.method = None",
             "p.x = 1; print(p.x); del p.x", "del p.x",
             "(1).foo = 1", "(1).bit_length = 1", "'s'.upper = 1", "object().x = 1", "len.x = 1"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except AttributeError as e:
        print(stmt, "AttributeError:", e)


class Q(P):
    pass


q = Q()
q.K = 7
print(q.K, P.K, q.method(), p.method())
