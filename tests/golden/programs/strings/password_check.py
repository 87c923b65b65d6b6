# Password strength rules with character classes and clear messages.
COMMON = {"password", "123456", "qwerty", "letmein"}


def problems(pw):
    out = []
    if len(pw) < 8:
        out.append(f"too short ({len(pw)} < 8)")
    if not any(c.isupper() for c in pw):
        out.append("no uppercase letter")
    if not any(c.islower() for c in pw):
        out.append("no lowercase letter")
    if not any(c.isdigit() for c in pw):
        out.append("no digit")
    if all(c.isalnum() for c in pw):
        out.append("no symbol")
    if pw.lower() in COMMON:
        out.append("too common")
    runs = [pw[i:i + 3] for i in range(len(pw) - 2) if len(set(pw[i:i + 3])) == 1]
    if runs:
        out.append(f"repeated characters {runs[0]!r}")
    return out


def score(pw):
    classes = sum([any(c.islower() for c in pw), any(c.isupper() for c in pw),
                   any(c.isdigit() for c in pw), any(not c.isalnum() for c in pw)])
    return min(len(pw), 20) * classes


for pw in ["password", "Tr0ub4dor&3", "abc", "AAAbbb111!!!", "correct horse battery staple", "Zx9!kLm2"]:
    p = problems(pw)
    verdict = "OK" if not p else "; ".join(p)
    print(f"{pw!r:32} score={score(pw):>3} {verdict}")
print("*" * len("secret"), "secret"[:2] + "*" * 4)
