def digit_sum(n):
    total = 0
    while n:
        n, d = divmod(n, 10)
        total += d
    return total

def is_palindrome(n):
    s = str(n)
    return s == s[::-1]

def reverse(n):
    return int(str(n)[::-1])

print([digit_sum(n) for n in (0, 9, 123, 99999, 2 ** 64)])
pal = [n for n in range(100, 200) if is_palindrome(n)]
print(pal)
n, steps = 89, 0
while not is_palindrome(n):
    n += reverse(n)
    steps += 1
print("89 becomes palindrome", n, "after", steps, "steps")
