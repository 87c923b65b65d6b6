# ZeroDivisionError inside a multi-line generator expression passed to sum().
values = [1, 2, 0, 4]
result = sum(
    10 / v
    for v in values
)
