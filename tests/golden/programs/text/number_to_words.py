# Spelling out numbers in English, and cheque-style amounts.
ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            rest = ""
            if r:
                rest = (" and " if r < 100 else ", ") + words(r)
            return words(q) + " " + name + rest
    raise ValueError(n)


for n in (0, 7, 13, 40, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, -86, 2_147_483_647):
    print(f"{n:>13,}: {words(n)}")


def cheque(amount):
    dollars, cents = divmod(round(amount * 100), 100)
    return f"{words(dollars).capitalize()} dollars and {cents:02d}/100"


print(cheque(1234.5))
print(cheque(0.99))
