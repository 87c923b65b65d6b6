# Binary search: exact, leftmost, rightmost, and on a predicate.
def search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < xs[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for t in (3, 21, 4, 0, 34, 99):
    idx, steps = search(data, t)
    print(f"{t:>3}: index {idx:>2} in {steps} steps; range [{bisect_left(data, t)}, {bisect_right(data, t)})")
print("isqrt(10**20) =", first_true(0, 10**11, lambda m: m * m > 10**20) - 1)
print("first square > 1000:", first_true(0, 1000, lambda m: m * m > 1000))
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect_right(grades, s)]) for s in (33, 60, 77, 89, 90, 100)])
