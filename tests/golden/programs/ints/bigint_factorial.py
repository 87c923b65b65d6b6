def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f50 = factorial(50)
print(f50)
print(len(str(factorial(100))), "digits in 100!")
print(sum(int(d) for d in str(factorial(100))))
print(2 ** 200)
print(2 ** 200 // 3 ** 50, 2 ** 200 % 1000007)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(pow(3, 1000, 10 ** 9 + 7))
x = 10 ** 20
print(x - x + 5, type(x - x + 5).__name__)
