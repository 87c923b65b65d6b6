# Loop idioms: for-else searching, while with sentinels, nested break flags.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None


print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 7), find_pair([3, 3], 6))
for n in range(10, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
data = iter([5, 3, 0, 8, -1, 4])
total = 0
while (x := next(data)) >= 0:
    total += x
print("sum before sentinel:", total, "next:", next(data))
count = 0
while True:
    count += 1
    if count % 7 == 0 and count % 5 == 0:
        break
print("first multiple of 35:", count)
i = 0
while i < 3:
    i += 1
else:
    print("while-else ran, i =", i)
for i in range(3):
    pass
print("loop variable after loop:", i)
for ch in "":
    print("never")
else:
    print("empty for-else ran")
