# Python 3.11 exception groups: raising several errors at once and except*.
def validate(order):
    errors = []
    if order.get("qty", 0) <= 0:
        errors.append(ValueError(f"bad quantity {order.get('qty')}"))
    if "sku" not in order:
        errors.append(KeyError("sku"))
    if not isinstance(order.get("price"), (int, float)):
        errors.append(TypeError("price must be a number"))
    if errors:
        raise ExceptionGroup(f"order {order.get('id')} invalid", errors)
    return True


orders = [{"id": 1, "qty": 2, "sku": "A", "price": 3.5}, {"id": 2, "qty": 0, "price": "x"}, {"id": 3, "qty": -1, "sku": "B", "price": 1}]
for o in orders:
    try:
        print(o["id"], validate(o))
    except* ValueError as eg:
        print(o["id"], "value problems:", [str(e) for e in eg.exceptions])
    except* (KeyError, TypeError) as eg:
        print(o["id"], "other problems:", sorted(type(e).__name__ for e in eg.exceptions))
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest), len(eg.exceptions), eg.message)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
