PI = 3.14159

def circle_area(r):
    return PI * r * r

def square_area(s):
    return s * s
