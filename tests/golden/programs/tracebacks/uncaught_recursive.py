# An error at the bottom of a short recursion shows every frame.
def countdown(n):
    if n == 0:
        return 10 // n
    return countdown(n - 1)


print(countdown(3))
