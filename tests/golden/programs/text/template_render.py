# A tiny template engine with {{ name }} placeholders and filters.
def render(template, context):
    out = []
    i = 0
    while True:
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        if end < 0:
            raise ValueError(f"unclosed tag at {start}")
        out.append(template[i:start])
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = context
        for part in name.split("."):
            value = value[part]
        for f in filters:
            if f == "upper":
                value = str(value).upper()
            elif f == "title":
                value = str(value).title()
            elif f.startswith("pad"):
                value = str(value).ljust(int(f[3:]))
            elif f == "money":
                value = f"${value:,.2f}"
            else:
                raise KeyError(f)
        out.append(str(value))
        i = end + 2
    return "".join(out)


ctx = {"user": {"name": "ada lovelace", "plan": "pro"}, "total": 1234567.891, "items": 3}
print(render("Hello {{ user.name | title }}!", ctx))
print(render("Plan: {{user.plan|upper}} | items: {{ items }}", ctx))
print(render("[{{ user.plan | pad8 }}] owes {{ total | money }}", ctx))
print(render("no tags at all", ctx))
for bad in ["{{ user.age }}", "{{ total | sparkle }}", "oops {{ items"]:
    try:
        render(bad, ctx)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{0} + {0} = {1}".format("two", 4), "{name:>6}|{n:03d}".format(name="x", n=7))
