def validate(user):
    errors = []
    try:
        name = user["name"]
        if not name.strip():
            raise ValueError("name is blank")
    except KeyError as e:
        errors.append(f"missing field {e}")
    except ValueError as e:
        errors.append(str(e))
    try:
        age = int(user.get("age", ""))
        assert 0 <= age < 150, f"age out of range: {age}"
    except ValueError:
        errors.append(f"bad age {user.get('age')!r}")
    except AssertionError as e:
        errors.append(str(e))
    return errors or ["ok"]

users = [{"name": "Ann", "age": "33"}, {"age": "x"}, {"name": "  ", "age": "200"}, {"name": "Bo", "age": "-1"}]
for u in users:
    print(u, "=>", "; ".join(validate(u)))
