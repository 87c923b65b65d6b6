# Tic-tac-toe with minimax: the computer never loses.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if " " not in b else None


memo = {}


def minimax(b, player):
    key = ("".join(b), player)
    if key in memo:
        return memo[key]
    w = winner(b)
    if w:
        result = ({"X": 1, "O": -1, "draw": 0}[w], None)
    else:
        best = None
        for i in range(9):
            if b[i] == " ":
                b[i] = player
                score, _ = minimax(b, "O" if player == "X" else "X")
                b[i] = " "
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result


def show(b):
    return "\n".join(" " + " | ".join(b[r * 3:r * 3 + 3]) for r in range(3))


board = [" "] * 9
human_moves = iter([4, 0, 5, 7, 6, 3, 8, 1, 2])
player = "X"
while not winner(board):
    if player == "X":
        _, move = minimax(board, "X")
    else:
        move = next(m for m in human_moves if board[m] == " ")
    board[move] = player
    print(f"{player} plays {move}")
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board), "| positions analysed:", len(memo))
print("value of empty board:", minimax([" "] * 9, "X"))
