# string.Formatter: parsing templates into fields and formatting through
# an overridable formatter, as template engines and logging do.
import string

f = string.Formatter()
for template in ["Hello {name}!", "{0:>{1}}|{2!r}", "a{{b}}c", "{user.name}[{items[0]}]", "{:.2f} and {}"]:
    print(repr(template), list(f.parse(template)))

print(f.format("{0} + {0} = {1}", 2, 4))
print(f.format("{greeting}, {name:>8}!", greeting="Hi", name="Ann"))
print(f.format("{0[a]} {1.real:.1f}", {"a": "dict"}, 2.5))


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{name!u} says {word} to {missing}", name="bob", word="hi"))

fields = [name for _, name, _, _ in f.parse("{a} and {b.c} then {d[0]}") if name]
print(fields)
for bad in ["{", "}", "{0!x}", "{0:{1:{2}}}"]:
    try:
        print(f.format(bad, 1, 2, 3))
    except ValueError as e:
        print("ValueError:", e)
