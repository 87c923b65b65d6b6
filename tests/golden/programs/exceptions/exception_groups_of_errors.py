# Collecting many validation errors and reporting them together.
records = [
    {"name": "ada", "age": "36", "email": "ada@example.com"},
    {"name": "", "age": "-4", "email": "nobody"},
    {"name": "bob", "age": "old", "email": "bob@example"},
    {"age": "20"},
]


def check(rec):
    errors = []
    try:
        name = rec["name"]
        if not name:
            raise ValueError("name is empty")
    except KeyError as e:
        errors.append(f"missing field {e}")
    except ValueError as e:
        errors.append(str(e))
    try:
        age = int(rec.get("age", ""))
        if age < 0:
            raise ValueError(f"age {age} is negative")
    except ValueError as e:
        errors.append(str(e))
    email = rec.get("email")
    if email is None:
        errors.append("missing field 'email'")
    elif "@" not in email or "." not in email.partition("@")[2]:
        errors.append(f"bad email {email!r}")
    return errors


bad = 0
for i, rec in enumerate(records):
    errs = check(rec)
    status = "ok" if not errs else f"{len(errs)} error(s)"
    print(f"record {i}: {status}")
    for e in errs:
        print("   -", e)
    bad += bool(errs)
print(f"{bad}/{len(records)} records rejected")
try:
    int("12x")
except ValueError as e:
    print(e.args)
try:
    float("nan?")
except ValueError as e:
    print(e)
