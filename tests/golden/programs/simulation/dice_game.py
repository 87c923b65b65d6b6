# A deterministic dice game (pig) between two strategies.
state = 12345


def roll():
    global state
    state = (1103515245 * state + 12345) & 0x7FFFFFFF
    return state % 6 + 1


def cautious(turn_total, score, other):
    return turn_total < 12


def greedy(turn_total, score, other):
    return turn_total < (25 if other < score else 35)


def play(strategies, target=100):
    scores = [0, 0]
    player = 0
    turns = 0
    while max(scores) < target:
        turn_total = 0
        while True:
            r = roll()
            if r == 1:
                turn_total = 0
                break
            turn_total += r
            if scores[player] + turn_total >= target:
                break
            if not strategies[player](turn_total, scores[player], scores[1 - player]):
                break
        scores[player] += turn_total
        player = 1 - player
        turns += 1
    return scores.index(max(scores)), scores, turns


wins = [0, 0]
for game in range(200):
    order = (cautious, greedy) if game % 2 == 0 else (greedy, cautious)
    winner, scores, turns = play(order)
    name = order[winner].__name__
    wins[name == "greedy"] += 1
    if game < 4:
        print(f"game {game}: {name} wins {scores} in {turns} turns")
print("cautious", wins[0], "greedy", wins[1])
