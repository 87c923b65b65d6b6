def bubble_sort(a):
    a = list(a)
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps

def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out += right[j:]
    return out

def quick_sort(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a

def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        elif a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None

data = [64, 34, 25, 12, 22, 11, 90, 5, -3, 22, 0]
print(bubble_sort(data))
print(insertion_sort(data))
print(merge_sort(data))
print(quick_sort(data))
print(selection_sort(data))
assert merge_sort(data) == sorted(data)
s = sorted(data)
for t in [22, 90, -3, 7, 100]:
    print(t, binary_search(s, t))
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 10))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted([3.5, 1, 2.25, -0.0, 0]))
students = [("alice", 88, 20), ("bob", 95, 19), ("carol", 88, 22), ("dave", 72, 20), ("eve", 95, 21)]
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(sorted(students, key=lambda s: s[1], reverse=True))
print(sorted(students, key=lambda s: (s[2], s[1]), reverse=True))
import operator
print(sorted(students, key=operator.itemgetter(2, 0)))
words = ["kiwi", "fig", "apple", "date", "banana", "pear"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
print(list(reversed(words)), words[::-1] == list(reversed(words)))
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, sorted("hello"), sorted({3: 'a', 1: 'b'}), sorted((1, 3, 2), reverse=True))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])))
print(list(map(lambda x: x * x, filter(lambda x: x % 2, range(10)))))
print(any(x > 10 for x in data), all(x > -5 for x in data), any([]), all([]))
print(list(enumerate("abc", start=1)), dict(zip("abc", range(3))))
print(sum(data), sum(data) / len(data), min(data), max(data), sum([0.1] * 10), sum([[1], [2]], []))
