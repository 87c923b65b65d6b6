def make_counter(start=0, step=1):
    count = start
    def next_value():
        nonlocal count
        count += step
        return count
    return next_value

a = make_counter()
b = make_counter(100, 10)
print(a(), a(), a(), b(), b(), a())
print(a.__closure__ is not None, len(b.__closure__))
