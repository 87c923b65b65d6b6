squares = [n * n for n in range(10) n]
