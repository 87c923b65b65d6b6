# Counting N-queens solutions with bitmasks, and printing the first board.
def count(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return place(0, 0, 0)


def first(n):
    queens = []

    def ok(col):
        row = len(queens)
        return all(c != col and abs(c - col) != row - r for r, c in enumerate(queens))

    def go():
        if len(queens) == n:
            return True
        for col in range(n):
            if ok(col):
                queens.append(col)
                if go():
                    return True
                queens.pop()
        return False

    return queens if go() else None


for n in range(1, 10):
    print(f"{n} queens: {count(n)} solutions")
board = first(8)
print(board)
for col in board:
    print(" ".join("Q" if c == col else "." for c in range(8)))
