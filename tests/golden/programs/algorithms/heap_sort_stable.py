# Heap sort, insertion sort and merge sort compared on records.
def heapify(xs, n, i, key):
    while True:
        big = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < n and key(xs[child]) > key(xs[big]):
                big = child
        if big == i:
            return
        xs[i], xs[big] = xs[big], xs[i]
        i = big


def heap_sort(xs, key=lambda x: x):
    xs = list(xs)
    n = len(xs)
    for i in range(n // 2 - 1, -1, -1):
        heapify(xs, n, i, key)
    for end in range(n - 1, 0, -1):
        xs[0], xs[end] = xs[end], xs[0]
        heapify(xs, end, 0, key)
    return xs


def insertion_sort(xs, key=lambda x: x):
    xs = list(xs)
    for i in range(1, len(xs)):
        item = xs[i]
        j = i - 1
        while j >= 0 and key(xs[j]) > key(item):
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = item
    return xs


def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22), ("eve", 25), ("fay", 31)]
age = lambda p: p[1]
builtin = sorted(people, key=age)
for name, fn in [("heap", heap_sort), ("insertion", insertion_sort), ("merge", merge_sort)]:
    result = fn(people, key=age)
    print(f"{name:>9}: {[p[0] for p in result]} stable={result == builtin}")
print("numbers:", heap_sort([5, -2, 9, 0, 3, 3, -7]))
