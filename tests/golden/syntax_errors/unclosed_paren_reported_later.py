total = compute(a, b
if total:
    print(total)
