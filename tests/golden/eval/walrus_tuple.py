((n := 10), *rest, [a, b])
