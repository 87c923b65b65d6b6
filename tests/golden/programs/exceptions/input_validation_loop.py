# Re-prompting on bad input, driven by a scripted list of answers.
answers = iter(["", "abc", "-5", "250", "42", "yes", "maybe", "n"])


def ask(prompt, parse, check=lambda v: None):
    while True:
        raw = next(answers)
        print(f"{prompt} {raw!r}")
        try:
            value = parse(raw)
            problem = check(value)
            if problem:
                raise ValueError(problem)
        except ValueError as e:
            print(f"  invalid: {e}")
            continue
        return value


def yes_no(text):
    t = text.strip().lower()
    if t in ("y", "yes"):
        return True
    if t in ("n", "no"):
        return False
    raise ValueError(f"answer yes or no, not {text!r}")


age = ask("age?", int, lambda v: "must be positive" if v < 0 else "too old" if v > 150 else None)
agree = ask("agree?", yes_no)
again = ask("again?", yes_no)
print(f"age={age} agree={agree} again={again}")
try:
    ask("more?", int)
except StopIteration:
    print("no more answers")
